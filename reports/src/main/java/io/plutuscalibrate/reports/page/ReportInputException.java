package io.plutuscalibrate.reports.page;

/**
 * An input of the report that cannot be used: a missing or malformed file, with a message that
 * names it and says what was expected.
 */
public final class ReportInputException extends Exception {
  private static final long serialVersionUID = 1L;

  public ReportInputException(String message) {
    super(message, null, false, false);
  }
}
