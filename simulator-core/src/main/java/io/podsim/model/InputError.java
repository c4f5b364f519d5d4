package io.podsim.model;

/** A mistake in user input; its message is written for people and names where the mistake is. */
public final class InputError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputError(String message) {
    super(message);
  }

  public InputError(String message, Throwable cause) {
    super(message, cause);
  }

  /** Returns the same error with a location (file, line or YAML path) put in front of its message. */
  public InputError at(String location) {
    return new InputError(location + ": " + getMessage(), this);
  }
}
