package io.plutuscalibrate.measurements.workload;

import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.StringConstant;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * String arguments and UTF-8 bytestrings.
 *
 * <p>Note [Four-byte characters]: every character generated here lies outside the Basic
 * Multilingual Plane (U+10000..U+10FFFF), so takes four bytes in UTF-8. The official benchmarks
 * use Hedgehog's {@code unicode} generator, which gives mostly such characters, because they are
 * the slowest to encode and decode (Note [Choosing the inputs for costing benchmarks] in
 * budgeting-bench's Strings.hs). Using only them also makes the two string size measures agree
 * exactly: the number of characters (variants A to C, and trace) equals the UTF-8 length quot 4
 * ({@code TextCostedByByteLength}, variants D and E), so a point's name is right under every
 * variant.
 */
final class Texts {
  private Texts() {}

  private static final int FIRST = 0x10000;
  private static final int LAST = 0x10FFFF;

  /** A string of {@code chars} random characters; see Note [Four-byte characters]. */
  static String random(SplittableRandom rng, int chars) {
    StringBuilder sb = new StringBuilder(2 * chars);
    for (int i = 0; i < chars; i++) sb.appendCodePoint(rng.nextInt(FIRST, LAST + 1));
    return sb.toString();
  }

  static StringConstant constant(SplittableRandom rng, int chars) {
    return StringConstant.of(random(rng, chars));
  }

  /** A copy with its own storage, so that equality cannot short-circuit on identity. */
  static StringConstant copy(StringConstant s) {
    return StringConstant.of(new String(s.value().toCharArray()));
  }

  /**
   * Valid UTF-8 of {@code words} 64-bit words: 2w four-byte characters, 8w bytes, as the
   * official {@code makeSizedUtf8ByteString} (for decodeUtf8, which fails on invalid input).
   */
  static ByteStringConstant utf8Words(SplittableRandom rng, int words) {
    return ByteStringConstant.wrap(random(rng, 2 * words).getBytes(StandardCharsets.UTF_8));
  }
}
