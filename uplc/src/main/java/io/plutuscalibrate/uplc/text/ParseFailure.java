package io.plutuscalibrate.uplc.text;

/**
 * The parser's internal way out of a failed parse: thrown deep in the recursive descent, caught in
 * {@link UplcParser} and turned into a {@link ParseError} value; it never reaches callers.
 * Stackless, since it is control flow, not a bug report.
 */
final class ParseFailure extends RuntimeException {
  private final int offset;

  ParseFailure(int offset, String message) {
    super(message, null, false, false);
    this.offset = offset;
  }

  /** The code-point offset in the input where the parse failed. */
  int offset() {
    return offset;
  }
}
