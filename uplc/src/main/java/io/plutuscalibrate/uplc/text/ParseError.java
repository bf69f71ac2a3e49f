package io.plutuscalibrate.uplc.text;

import java.util.Objects;

/**
 * Why a text did not parse: the file name given to the parser, the 1-based line and column of the
 * failure (columns count code points; a tab advances to the next multiple of 8 plus one, as in
 * Plutus's messages), and a message saying what was expected.
 */
public record ParseError(String file, int line, int column, String message) {
  public ParseError {
    Objects.requireNonNull(file);
    Objects.requireNonNull(message);
  }

  /** {@code file:line:column: message}, the usual compiler layout. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
