package io.plutuscalibrate.uplc.flat;

/**
 * A decoding failure inside the flat decoder: stackless and package-private, it never escapes
 * the package; {@link FlatDecoder} turns it into a {@link FlatDecodeResult.Failure}.
 */
final class FlatFailure extends RuntimeException {
  final long bitOffset;

  FlatFailure(long bitOffset, String message) {
    super(message, null, false, false);
    this.bitOffset = bitOffset;
  }
}
