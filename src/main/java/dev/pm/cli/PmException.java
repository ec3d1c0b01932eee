package dev.pm.cli;

/** A failure to report to the user as {@code pm: message} with exit code 2 and no stack trace. */
public final class PmException extends RuntimeException {
  public PmException(String message) {
    super(message);
  }
}
