package io.plutuscalibrate.reports.drift;

/** Two runs that share no benchmark point, so there is nothing to compare. */
public final class NoCommonPointsException extends Exception {
  private static final long serialVersionUID = 1L;

  public NoCommonPointsException(String message) {
    super(message, null, false, false);
  }
}
