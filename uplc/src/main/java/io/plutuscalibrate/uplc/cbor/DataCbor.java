package io.plutuscalibrate.uplc.cbor;

import io.plutuscalibrate.uplc.core.Data;
import java.util.Objects;

/**
 * The CBOR encoding of Plutus {@link Data}, exactly as Plutus's {@code PlutusCore.Data}
 * ({@code encodeData}/{@code decodeData}) does it: what {@code serialiseData} returns and what a
 * {@code data} constant holds in the flat format.
 *
 * <p>Note [Data CBOR encoding]: the encoder emits one canonical form.
 * <ul>
 *   <li>{@code Constr i fs}: tag 121+i for i in 0..6, tag 1280+(i-7) for i in 7..127, then the
 *       field list; any other i: tag 102, a definite list of 2: i as an unsigned integer, then
 *       the field list. An i outside [0, 2^64-1] is written as cborg writes any integer (major
 *       type 1, or a bignum with a definite payload); such data encodes but does not decode
 *       back, as in Plutus.
 *   <li>Lists (the fields, and {@code List}): {@code 0x80} when empty, otherwise indefinite
 *       length ({@code 0x9f} items {@code 0xff}), as the Haskell {@code Serialise [a]} instance.
 *   <li>{@code Map}: a definite-length map of its entries, in order.
 *   <li>{@code I n}: major type 0 or 1 when n is in [-2^64, 2^64-1]; otherwise tag 2 (or 3 with
 *       -1-n) around the big-endian magnitude without leading zeros, as a byte string below.
 *   <li>{@code B b}: a definite byte string when it has at most 64 bytes, otherwise an
 *       indefinite byte string of 64-byte chunks (the last one shorter).
 * </ul>
 * Every head uses the shortest argument encoding.
 *
 * <p>Note [Data CBOR decoding]: the decoder accepts what cborg's decoders accept, which is more
 * than the encoder writes: non-shortest heads, definite or indefinite lists and maps anywhere,
 * definite or indefinite byte strings. The exceptions, from Plutus's Note [The 64-byte limit]:
 * every definite byte string (a {@code B}, a bignum payload, or a chunk of an indefinite one)
 * must be at most 64 bytes. Bignums are recognised only by the one-byte heads {@code 0xc2} and
 * {@code 0xc3}. Constructor tags are 121..127, 1280..1400 and 102, the latter followed by a list
 * of exactly two elements (definite or indefinite) whose first is an unsigned integer (any head
 * size). Anything else (text strings, floats, simple values, other tags, a break where an item
 * is due) is rejected. Decoding is iterative, so nesting depth is limited only by memory.
 */
public final class DataCbor {
  /** The longest definite byte string Plutus writes into, or accepts from, Data's CBOR. */
  public static final int MAX_CHUNK = 64;

  private DataCbor() {}

  /** The CBOR bytes of {@code data}; see Note [Data CBOR encoding]. */
  public static byte[] encode(Data data) {
    Objects.requireNonNull(data);
    CborWriter out = new CborWriter(64);
    new DataCborEncoder(out).encode(data);
    return out.toByteArray();
  }

  /**
   * Decodes one data item that must span all of {@code bytes}; trailing bytes are a failure.
   * See Note [Data CBOR decoding].
   */
  public static DataDecodeResult decode(byte[] bytes) {
    DataDecodeResult r = decodePrefix(bytes, 0, bytes.length);
    if (r instanceof DataDecodeResult.Success s && s.end() != bytes.length) {
      return new DataDecodeResult.Failure(s.end(),
          (bytes.length - s.end()) + " trailing byte(s) after the data item");
    }
    return r;
  }

  /**
   * Decodes the one data item that starts at {@code from}, reading no further than {@code to};
   * what follows it is left alone (the success says where the item ended). This is what
   * Plutus's flat decoder does with the CBOR bytes of a {@code data} constant (cborg's
   * {@code deserialiseOrFail} ignores trailing bytes).
   */
  public static DataDecodeResult decodePrefix(byte[] bytes, int from, int to) {
    Objects.checkFromToIndex(from, to, bytes.length);
    return new DataCborDecoder(bytes, from, to).decode();
  }
}
