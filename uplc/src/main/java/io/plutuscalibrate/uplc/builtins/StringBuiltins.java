package io.plutuscalibrate.uplc.builtins;

import static io.plutuscalibrate.uplc.builtins.SizeMeasure.DEFAULT;
import static io.plutuscalibrate.uplc.builtins.SizeMeasure.TEXT_BYTE_LENGTH;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.StringConstant;
import java.nio.charset.StandardCharsets;

/**
 * The string builtins. Strings hold Unicode scalar values only (see Note [Strings hold scalar
 * values] in {@link StringConstant}), so Java's UTF-16 strings behave as Haskell's {@code Text}.
 *
 * <p>Variants D and E measure the string arguments of appendString, equalsString and encodeUtf8 by
 * their UTF-8 length ({@code TextCostedByByteLength}); A to C by their length in characters.
 * decodeUtf8's bytestring is a bounded {@code CByteString} in D and E.
 */
final class StringBuiltins {
  private StringBuiltins() {}

  static void register(BuiltinTable.Builder table, SemanticsVariant variant) {
    SizeMeasure text = switch (variant) {
      case A, B, C -> DEFAULT;
      case D, E -> TEXT_BYTE_LENGTH;
    };
    boolean bounded = TypedArgs.boundsArguments(variant);
    table.define(DefaultFun.appendString,
        (a, c) -> StringConstant.of(Args.string(a[0]).concat(Args.string(a[1]))), text, text);
    table.define(DefaultFun.equalsString,
        (a, c) -> BoolConstant.of(Args.string(a[0]).equals(Args.string(a[1]))), text, text);
    table.define(DefaultFun.encodeUtf8,
        (a, c) -> ByteStringConstant.wrap(Args.string(a[0]).getBytes(StandardCharsets.UTF_8)), text);
    table.define(DefaultFun.decodeUtf8, (a, c) -> {
      byte[] bytes = TypedArgs.bytes(a[0], bounded);
      if (!isValidUtf8(bytes)) throw OperationalFailure.of(c, "decodeUtf8: invalid input");
      return StringConstant.of(new String(bytes, StandardCharsets.UTF_8));
    }, DEFAULT);
  }

  /**
   * Well-formed UTF-8 as Unicode defines it (Table 3-7), as {@code Data.ByteString.isValidUtf8}
   * checks: no overlong forms, no encoded surrogates, nothing above U+10FFFF, no truncated
   * sequence.
   */
  static boolean isValidUtf8(byte[] b) {
    int i = 0;
    int n = b.length;
    while (i < n) {
      int b0 = b[i] & 0xff;
      if (b0 < 0x80) {
        i++;
        continue;
      }
      int need;
      int lo = 0x80;
      int hi = 0xbf;
      if (b0 >= 0xc2 && b0 <= 0xdf) {
        need = 1;
      } else if (b0 >= 0xe0 && b0 <= 0xef) {
        need = 2;
        if (b0 == 0xe0) lo = 0xa0;
        if (b0 == 0xed) hi = 0x9f;
      } else if (b0 >= 0xf0 && b0 <= 0xf4) {
        need = 3;
        if (b0 == 0xf0) lo = 0x90;
        if (b0 == 0xf4) hi = 0x8f;
      } else {
        return false;
      }
      if (i + need >= n) return false; // truncated sequence
      int b1 = b[i + 1] & 0xff;
      if (b1 < lo || b1 > hi) return false;
      for (int k = 2; k <= need; k++) {
        int bk = b[i + k] & 0xff;
        if (bk < 0x80 || bk > 0xbf) return false;
      }
      i += need + 1;
    }
    return true;
  }
}
