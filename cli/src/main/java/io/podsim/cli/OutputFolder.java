package io.podsim.cli;

import io.podsim.model.InputError;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The folder a command writes into, created up front so that a folder that cannot be written fails before any work. */
final class OutputFolder {
  private OutputFolder() {}

  static void create(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (FileAlreadyExistsException e) {
      throw new InputError("--out: " + dir + " is a file, not a folder");
    } catch (IOException | SecurityException e) {
      throw new InputError("--out: cannot create the folder " + dir + " (" + reason(e) + ")");
    }
    if (!Files.isWritable(dir)) {
      throw new InputError("--out: the folder " + dir + " cannot be written");
    }
  }

  private static String reason(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : "it cannot be created";
  }
}
