package io.plutuscalibrate.uplc.cbor;

import io.plutuscalibrate.uplc.core.Data;

/** The outcome of decoding CBOR-encoded {@link Data}: the value, or where and why it failed. */
public sealed interface DataDecodeResult {

  /** Decoded {@code data}; {@code end} is the offset just after its encoding. */
  record Success(Data data, int end) implements DataDecodeResult {}

  /** Decoding failed at byte {@code offset} of the input, for the given reason. */
  record Failure(int offset, String message) implements DataDecodeResult {
    @Override
    public String toString() {
      return "CBOR data decoding failed at byte " + offset + ": " + message;
    }
  }

  /** The decoded value, or an {@link IllegalArgumentException} carrying the failure. */
  default Data orElseThrow() {
    if (this instanceof Success s) return s.data();
    throw new IllegalArgumentException(toString());
  }
}
