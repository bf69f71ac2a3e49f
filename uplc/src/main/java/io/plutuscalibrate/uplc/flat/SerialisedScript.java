package io.plutuscalibrate.uplc.flat;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * Scripts as the ledger holds them: a CBOR byte string whose payload is the flat-encoded program
 * (Plutus's {@code SerialisedScript}, written by {@code serialiseUPLC}, read by
 * {@code deserialiseScript}).
 *
 * <p>Note [CBOR-wrapped scripts]: the ledger's script bytes are one CBOR definite-length byte
 * string around the flat bytes. Tools often wrap them once more (the {@code cborHex} of a
 * cardano-cli text envelope is the CBOR of those script bytes), so {@link #unwrap} peels a second
 * layer when the payload is itself exactly one CBOR byte string. That is unambiguous: flat bytes
 * start with the version's major number, 1 (byte {@code 0x01}), never a byte-string head
 * ({@code 0x40}..{@code 0x5b}). Indefinite-length byte strings are refused (cborg's
 * {@code decodeBytes} refuses them), and so are bytes after the byte string (the ledger refuses
 * them from Plutus V3 on).
 */
public final class SerialisedScript {
  private SerialisedScript() {}

  /** What {@link #unwrap} found: the flat bytes and how many CBOR layers were around them. */
  public record Unwrapped(byte[] flat, int layers) {}

  /** The ledger's form of a flat-encoded program: one CBOR byte string around it. */
  public static byte[] wrap(byte[] flat) {
    int n = flat.length;
    int head = n < 24 ? 1 : n < 0x100 ? 2 : n < 0x10000 ? 3 : 5;
    byte[] out = new byte[head + n];
    switch (head) {
      case 1 -> out[0] = (byte) (0x40 | n);
      case 2 -> {
        out[0] = 0x58;
        out[1] = (byte) n;
      }
      case 3 -> {
        out[0] = 0x59;
        out[1] = (byte) (n >>> 8);
        out[2] = (byte) n;
      }
      default -> {
        out[0] = 0x5a;
        for (int i = 0; i < 4; i++) out[1 + i] = (byte) (n >>> (24 - 8 * i));
      }
    }
    System.arraycopy(flat, 0, out, head, n);
    return out;
  }

  /**
   * The flat bytes inside one or two layers of CBOR byte string; see Note [CBOR-wrapped
   * scripts].
   *
   * @throws IllegalArgumentException naming the byte offset and the problem, if {@code cbor} is
   *     not exactly one definite-length CBOR byte string
   */
  public static Unwrapped unwrap(byte[] cbor) {
    byte[] payload = payload(cbor, true);
    byte[] inner = payload(payload, false);
    return inner == null ? new Unwrapped(payload, 1) : new Unwrapped(inner, 2);
  }

  /** Decodes a script given as CBOR bytes; failures in the flat part count bits of the flat bytes. */
  public static FlatDecodeResult decode(byte[] cbor) {
    byte[] flat;
    try {
      flat = unwrap(cbor).flat();
    } catch (IllegalArgumentException e) {
      return new FlatDecodeResult.Failure(0, e.getMessage());
    }
    return Flat.decode(flat);
  }

  /** Decodes a script given as hexadecimal text (whitespace ignored). */
  public static FlatDecodeResult decodeHex(String hex) {
    byte[] bytes;
    try {
      bytes = HexFormat.of().parseHex(hex.replaceAll("\\s+", ""));
    } catch (IllegalArgumentException e) {
      return new FlatDecodeResult.Failure(0, "not hexadecimal text: " + e.getMessage());
    }
    return decode(bytes);
  }

  /**
   * The payload of the definite CBOR byte string spanning all of {@code in}; when it is not one,
   * null, or (if {@code required}) an exception saying why.
   */
  private static byte[] payload(byte[] in, boolean required) {
    if (in.length == 0) return fail(required, "empty input: expected a CBOR byte string");
    int h = in[0] & 0xff;
    if (h < 0x40 || h > 0x5b) {
      return fail(required, String.format("byte 0: expected a definite-length CBOR byte string"
          + " (initial byte 0x40..0x5b), found 0x%02x", h));
    }
    int info = h & 0x1f;
    int headLen = info < 24 ? 1 : 1 + (1 << (info - 24));
    if (in.length < headLen) return fail(required, "end of input in the CBOR byte string's head");
    long len = info < 24 ? info : 0;
    for (int i = 1; i < headLen; i++) len = (len << 8) | (in[i] & 0xff);
    long available = in.length - headLen;
    if (len < 0 || len > available) {
      return fail(required, "the CBOR byte string claims " + Long.toUnsignedString(len)
          + " bytes but " + available + " follow its head");
    }
    if (len < available) {
      return fail(required, (available - len) + " byte(s) after the CBOR byte string (from byte "
          + (headLen + len) + ")");
    }
    return Arrays.copyOfRange(in, headLen, in.length);
  }

  private static byte[] fail(boolean required, String message) {
    if (required) throw new IllegalArgumentException(message);
    return null;
  }
}
