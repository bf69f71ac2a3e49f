package io.plutuscalibrate.models.json;

/**
 * A cost-model file (builtin cost model, machine costs, ledger cost-model file, governance action)
 * that is not what it should be. The message is meant for users as it is: it names the file, the
 * place in it (line and column when known, and the JSON path of the offending field, e.g.
 * {@code addInteger.cpu.arguments.slope}, whose first element is the builtin), what was expected
 * and what was found.
 */
public final class CostModelFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String path;
  private final String expected;
  private final String found;
  private final int line;
  private final int column;

  /**
   * @param source the file (or other origin) that was read
   * @param path the JSON path of the offending value, {@code ""} for the whole document
   * @param expected what should have been there, e.g. {@code "an integer"}
   * @param found what was there, e.g. {@code "the string \"abc\""}
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   */
  public CostModelFormatException(
      String source, String path, String expected, String found, int line, int column) {
    super(format(source, path, expected, found, line, column));
    this.source = source;
    this.path = path;
    this.expected = expected;
    this.found = found;
    this.line = line;
    this.column = column;
  }

  private static String format(
      String source, String path, String expected, String found, int line, int column) {
    StringBuilder b = new StringBuilder(source);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    b.append(": ");
    if (!path.isEmpty()) {
      b.append(path).append(": ");
    }
    return b.append("expected ").append(expected).append(", found ").append(found).toString();
  }

  public String source() {
    return source;
  }

  /** The JSON path of the offending value ({@code ""} for the document itself). */
  public String path() {
    return path;
  }

  public String expected() {
    return expected;
  }

  public String found() {
    return found;
  }

  /** 1-based line of the offending value, 0 when unknown (e.g. for a value built in memory). */
  public int line() {
    return line;
  }

  /** 1-based column of the offending value, 0 when unknown. */
  public int column() {
    return column;
  }
}
