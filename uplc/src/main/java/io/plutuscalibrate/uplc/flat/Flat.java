package io.plutuscalibrate.uplc.flat;

import io.plutuscalibrate.uplc.core.Program;
import java.util.Objects;

/**
 * The flat format of Untyped Plutus Core programs, as Plutus's {@code flat}/{@code unflat} of a
 * {@code Program DeBruijn DefaultUni DefaultFun ()} (the instances in {@code PlutusCore.FlatInstances}
 * and {@code UntypedPlutusCore.Core.Instance.Flat}, the primitives of {@code PlutusCore.Flat}).
 * For the CBOR-wrapped form stored on chain see {@link SerialisedScript}.
 *
 * <p>Note [Flat programs]: bits are written most significant first.
 * <ul>
 *   <li>A program is its version (three naturals), its term, then a filler: zero or more 0 bits
 *       and a 1 bit ending on a byte boundary (a whole {@code 0x01} byte when already aligned).
 *       The decoder accepts any filler (even one longer than a byte) but then requires the end
 *       of the input; trailing bytes are an error, as {@code unflat}'s strict decoder.
 *   <li>Naturals and 64-bit words are little-endian groups of 7 bits, each byte's high bit
 *       saying another follows; a Word64 may not exceed 64 bits (ten groups at most, flat's
 *       {@code lastStep}), a natural is unbounded. Redundant zero groups are accepted.
 *   <li>A term is a 4-bit tag: 0 var (its de Bruijn index as a Word64), 1 delay, 2 lam (no name:
 *       the binder of a {@code DeBruijn} program encodes nothing), 3 apply (function, then
 *       argument), 4 constant, 5 force, 6 error, 7 builtin (a 7-bit tag, the {@code DefaultFun}
 *       ordinal), 8 constr (a Word64 tag, then the fields as a list), 9 case (the scrutinee, then
 *       the branches as a list). Tags 10-15 are errors; constr and case are errors in programs
 *       whose version is below 1.1.0. A list is each element preceded by a 1 bit, then a 0 bit.
 *   <li>De Bruijn indices above 2^31-1 decode in Plutus (and fail later as free variables); here
 *       they are rejected while decoding, since terms hold int indices.
 * </ul>
 * No ledger-level checks are made (builtins or constants not yet available in a given language
 * version and protocol version, constr field counts): this is Plutus's {@code UnrestrictedProgram}.
 * Terms are decoded and encoded with explicit stacks; constants recurse on their type's nesting
 * only, and a type nested deeper than the Java stack is reported as a decoding failure.
 *
 * <p>Note [Flat constants]: a constant is its type, as a list of 4-bit tags (see {@link UniTags};
 * the tags must form exactly one type of kind *), then its value: integer as a zigzag natural;
 * bytestring as a filler, then chunks of at most 255 bytes each preceded by its length, then a
 * 0 byte; string as the bytestring of its UTF-8 (invalid UTF-8 is an error); unit as nothing; bool
 * as one bit; list and array as a list; pair as its two components; data as the bytestring of its
 * CBOR (see {@link io.plutuscalibrate.uplc.cbor.DataCbor}; bytes after the datum are ignored, as
 * cborg's {@code deserialiseOrFail} ignores them); value as a list of (currency bytestring, list of
 * (token bytestring, quantity integer)), keys at most 32 bytes, quantities within signed 128 bits,
 * keys strictly ascending, no empty token list, no zero quantity. BLS12-381 G1 and G2 elements and
 * Miller-loop results have no flat encoding (Plutus fails on them: scripts carry compressed points
 * as bytestrings), though a list or array of them may still be empty.
 */
public final class Flat {
  private Flat() {}

  /** Decodes a whole flat-encoded program; see Note [Flat programs]. */
  public static FlatDecodeResult decode(byte[] bytes) {
    return decode(bytes, 0, bytes.length);
  }

  /** Decodes the flat-encoded program occupying {@code bytes[from, to)}. */
  public static FlatDecodeResult decode(byte[] bytes, int from, int to) {
    Objects.checkFromToIndex(from, to, bytes.length);
    return FlatDecoder.decode(bytes, from, to);
  }

  /**
   * Encodes a program; see Note [Flat programs].
   *
   * @throws IllegalArgumentException if the program holds a constant with no flat encoding (a
   *     BLS12-381 element or Miller-loop result)
   */
  public static byte[] encode(Program program) {
    return FlatEncoder.encode(Objects.requireNonNull(program));
  }
}
