package io.plutuscalibrate.uplc.builtins;

import static io.plutuscalibrate.uplc.builtins.BuiltinCalls.bs;
import static io.plutuscalibrate.uplc.builtins.BuiltinCalls.i;
import static io.plutuscalibrate.uplc.core.DefaultFun.constrData;
import static io.plutuscalibrate.uplc.core.DefaultFun.serialiseData;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.PairConstant;
import io.plutuscalibrate.uplc.core.Type;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * serialiseData against encodings worked out by hand from Plutus's {@code encodeData}
 * ({@code PlutusCore/Data.hs}) and the CBOR rules (RFC 8949): shortest heads, tags 121..127 and
 * 1280.. and 102 for constructors, indefinite non-empty lists, definite maps, bytestrings in
 * 64-byte chunks, integers beyond 64 bits as tag 2/3 bignums.
 */
class SerialiseDataTest {
  private final BuiltinCalls e = BuiltinCalls.in(SemanticsVariant.E);

  private void check(String hex, Data d) {
    assertEquals(bs(hex), e.call(serialiseData, d), d::toString);
  }

  private static Data di(BigInteger n) {
    return Data.integer(n);
  }

  private static Data di(long n) {
    return Data.integer(BigInteger.valueOf(n));
  }

  private static Data constr(long tag, Data... fields) {
    return Data.constr(BigInteger.valueOf(tag), List.of(fields));
  }

  private static String repeat(String hexByte, int n) {
    return hexByte.repeat(n);
  }

  private static byte[] filled(int n, int b) {
    byte[] out = new byte[n];
    Arrays.fill(out, (byte) b);
    return out;
  }

  @Test
  void integers() {
    BigInteger two64 = BigInteger.TWO.pow(64);
    check("00", di(0));
    check("17", di(23));
    check("1818", di(24));
    check("20", di(-1));
    check("37", di(-24));
    check("3818", di(-25));
    check("1bffffffffffffffff", di(two64.subtract(BigInteger.ONE)));
    check("c249010000000000000000", di(two64));
    check("3bffffffffffffffff", di(two64.negate()));
    check("c349010000000000000000", di(two64.negate().subtract(BigInteger.ONE)));
    // A 65-byte magnitude is chunked like any bytestring.
    BigInteger big = BigInteger.TWO.pow(8 * 65).subtract(BigInteger.ONE);
    check("c25f5840" + repeat("ff", 64) + "41ffff", di(big));
  }

  @Test
  void byteStrings() {
    check("40", Data.bytes(new byte[0]));
    check("5840" + repeat("00", 64), Data.bytes(new byte[64]));
    check("5f5840" + repeat("ab", 64) + "41abff", Data.bytes(filled(65, 0xab)));
    check("5f5840" + repeat("01", 64) + "5840" + repeat("01", 64) + "ff", Data.bytes(filled(128, 1)));
  }

  @Test
  void listsAndMaps() {
    check("80", Data.list(List.of()));
    check("9f0102ff", Data.list(List.of(di(1), di(2))));
    check("a0", Data.map(List.of()));
    check("a10141ff", Data.map(List.of(PairConstant.of(di(1), Data.bytes(new byte[] {-1})))));
  }

  @Test
  void constructors() {
    check("d87980", constr(0));
    check("d87f9f01ff", constr(6, di(1)));
    check("d9050080", constr(7));
    check("d9057880", constr(127));
    check("d86682188080", constr(128));
    check("d866821bffffffffffffffff80",
        Data.constr(BigInteger.TWO.pow(64).subtract(BigInteger.ONE), List.of()));
    check("d8799f80a0ff", constr(0, Data.list(List.of()), Data.map(List.of())));
  }

  @Test
  void tagsOutsideWord64EncodeAsCborgIntegers() {
    // Only constrData of variants A to C builds these.
    BuiltinCalls a = BuiltinCalls.in(SemanticsVariant.A);
    ListConstant none = ListConstant.empty(Type.DATA);
    assertEquals(bs("d866822080"), a.call(serialiseData, a.call(constrData, i(-1), none)));
    assertEquals(bs("d86682c24901000000000000000080"),
        a.call(serialiseData, a.call(constrData, i(BigInteger.TWO.pow(64)), none)));
  }

  @Test
  void deeplyNestedData() {
    Data d = di(0);
    for (int k = 0; k < 100_000; k++) d = Data.list(List.of(d));
    byte[] out = ((io.plutuscalibrate.uplc.core.ByteStringConstant) e.call(serialiseData, d)).bytes();
    assertEquals(100_000 * 2 + 1, out.length);
  }

  @Test
  void serialiseDataNeedsData() {
    e.fails(serialiseData, i(0));
  }
}
