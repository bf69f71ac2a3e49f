package io.plutuscalibrate.uplc.flat;

import io.plutuscalibrate.uplc.core.Program;

/** The outcome of decoding a flat-encoded program: the program, or where and why it failed. */
public sealed interface FlatDecodeResult {

  record Success(Program program) implements FlatDecodeResult {}

  /**
   * Decoding failed at bit {@code bitOffset} of the input (byte {@code bitOffset / 8}, bit
   * {@code bitOffset % 8} counted from the most significant); {@code message} says what was
   * expected there.
   */
  record Failure(long bitOffset, String message) implements FlatDecodeResult {
    @Override
    public String toString() {
      return "flat decoding failed at byte " + (bitOffset / 8) + " bit " + (bitOffset % 8) + ": "
          + message;
    }
  }

  /** The program, or an {@link IllegalArgumentException} carrying the failure. */
  default Program orElseThrow() {
    if (this instanceof Success s) return s.program();
    throw new IllegalArgumentException(toString());
  }
}
