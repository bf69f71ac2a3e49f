package io.plutuscalibrate.models.fit;

/**
 * A benchmark-results file that cannot be read: names the file, the 1-based line and, where one
 * field is at fault, the column, with what was expected there.
 */
public final class BenchmarkFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final String column;

  BenchmarkFormatException(String source, int line, String column, String message) {
    super(source + ":" + line + (column == null ? "" : " (column " + column + ")") + ": "
        + message);
    this.source = source;
    this.line = line;
    this.column = column;
  }

  public String source() {
    return source;
  }

  /** The 1-based line number in the file, 0 when the problem is the file as a whole. */
  public int line() {
    return line;
  }

  /** The column at fault, or null. */
  public String column() {
    return column;
  }
}
