package io.podsim.workloads.trace;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A gzip stream that refuses bytes after its last member. The JDK's stream reads concatenated
 * members, but ends quietly when what follows a member is not another one, so a damaged or
 * appended-to trace would lose its tail without a word.
 */
final class WholeGzipInputStream extends GZIPInputStream {
  /** The size of a member's trailer (CRC-32 and length), which the inflater leaves unread. */
  private static final int TRAILER = 8;

  WholeGzipInputStream(InputStream in, int size) throws IOException {
    super(in, size);
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int read = super.read(buffer, offset, length);
    if (read < 0 && (inf.getRemaining() > TRAILER || in.available() > 0)) {
      throw new ZipException("trailing bytes after the compressed data; the file is damaged or not one gzip file");
    }
    return read;
  }
}
