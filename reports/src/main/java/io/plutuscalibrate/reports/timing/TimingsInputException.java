package io.plutuscalibrate.reports.timing;

/**
 * A run or benchmark file that cannot be used: the message names the file and, where it applies,
 * the line and column, and says what was expected. It is one line, fit to show the user as is.
 */
public final class TimingsInputException extends Exception {
  private static final long serialVersionUID = 1L;

  public TimingsInputException(String message) {
    super(message, null, false, false);
  }
}
