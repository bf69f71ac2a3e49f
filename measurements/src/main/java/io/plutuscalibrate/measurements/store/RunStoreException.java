package io.plutuscalibrate.measurements.store;

/**
 * A run directory cannot be used as asked: it already holds a run, holds none, or its files
 * contradict each other or the configuration. The message names the directory and says what to
 * do; the CLI shows it as it is.
 */
public final class RunStoreException extends Exception {
  private static final long serialVersionUID = 1L;

  public RunStoreException(String message) {
    super(message, null, false, false);
  }
}
