package io.podsim.model;

/** A mistake in user input; its message is written for people and names where the mistake is. */
public final class InputError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_EXCERPT = 16;

  public InputError(String message) {
    super(message);
  }

  public InputError(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * At most a short run of printable characters of what could not be read, for quoting in a
   * message: a path that points at the wrong file (an environment dump, a key) must not print it.
   */
  public static String excerpt(String text) {
    return excerpt(text, MAX_EXCERPT);
  }

  /** At most {@code max} printable characters of the text, anything unprintable shown as '?'. */
  public static String excerpt(String text, int max) {
    if (text == null) {
      return "";
    }
    String printable = text.replaceAll("[^\\x20-\\x7E]", "?");
    return printable.length() <= max ? printable : printable.substring(0, max) + "...";
  }

  /** Returns the same error with a location (file, line or YAML path) put in front of its message. */
  public InputError at(String location) {
    return new InputError(location + ": " + getMessage(), this);
  }
}
