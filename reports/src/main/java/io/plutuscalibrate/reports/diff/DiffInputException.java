package io.plutuscalibrate.reports.diff;

/**
 * Input a diff cannot use: an unreadable or malformed file, a file of the wrong kind, a semantics
 * variant that cannot read an array, an option out of shape. The message is meant for users as it
 * is (one line, naming the file and what is wrong).
 */
public final class DiffInputException extends Exception {
  private static final long serialVersionUID = 1L;

  public DiffInputException(String message) {
    super(message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " "), null, false,
        false);
  }
}
