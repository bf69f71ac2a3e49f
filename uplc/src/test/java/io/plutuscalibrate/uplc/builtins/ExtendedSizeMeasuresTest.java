package io.plutuscalibrate.uplc.builtins;

import static io.plutuscalibrate.uplc.builtins.ValuesTest.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.CekValue;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.PairConstant;
import io.plutuscalibrate.uplc.core.Type;
import io.plutuscalibrate.uplc.core.ValueConstant;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every argument of every builtin of the hash, bitwise, conversion and value families has the size
 * measure of the Haskell type its denotation declares ({@code toBuiltinMeaning} in
 * {@code PlutusCore.Default.Builtins}), per variant. The table below names those Haskell types; each
 * comes with its {@code ExMemoryUsage} (PlutusCore.Evaluation.Machine.ExMemoryUsage), written
 * here independently of {@link SizeMeasure}, and sample arguments from the range the type accepts.
 */
class ExtendedSizeMeasuresTest {

  /** The Haskell argument types of these builtins, with their ExMemoryUsage. */
  enum Haskell {
    BOOL(v -> 1, BoolConstant.TRUE, BoolConstant.FALSE),
    INTEGER(v -> {
      BigInteger n = ((IntegerConstant) v).value().abs();
      return Math.max(1, (n.bitLength() + 63) / 64); // 64-bit words, at least one
    }, ints(0, 1, -1, 255, Long.MAX_VALUE, Long.MIN_VALUE, pow2(64).subtract(BigInteger.ONE), pow2(64),
        pow2(64).negate(), pow2(200), pow2(1000).negate())),
    /** ByteString and CByteString (a newtype deriving ExMemoryUsage). */
    BYTESTRING(v -> Math.max(1, (((ByteStringConstant) v).length() + 7) / 8),
        bytes(0, 1, 7, 8, 9, 16, 17, 100, 65537)),
    /** Int, read through Int64: size 1. See Note [Fixed-width arguments] in TypedArgs. */
    INT(v -> 1, ints(0, 1, -1, 5000, Long.MAX_VALUE, Long.MIN_VALUE)),
    /** Word8: size 1. */
    WORD8(v -> 1, ints(0, 1, 141, 255)),
    /** [Integer]: the length of the list. */
    INTEGER_LIST(v -> ((ListConstant) v).length(),
        ListConstant.empty(Type.INTEGER), intList(0), intList(1, 2, 3), intList(new long[150])),
    /** NumBytesCostedAsNumWords: the number of 8-byte words for |n| bytes, 0 for 0. */
    NUM_BYTES_AS_WORDS(v -> saturated(ceilDiv8(((IntegerConstant) v).value().abs())),
        ints(0, 1, -1, 7, 8, 9, -9, 8192, 8193, pow2(70), pow2(100), pow2(100).negate())),
    /** IntegerCostedLiterally: |n|, saturated. */
    INTEGER_COSTED_LITERALLY(v -> saturated(((IntegerConstant) v).value().abs()),
        ints(0, 3, -3, 1000000, Long.MAX_VALUE, Long.MIN_VALUE, pow2(63), pow2(100).negate())),
    /** Value and ValueTotalSize: the number of (currency, token) entries. */
    VALUE_TOTAL_SIZE(v -> {
      long n = 0;
      for (Map<ByteStringConstant, BigInteger> inner : ((ValueConstant) v).entries().values()) n += inner.size();
      return n;
    }, valueSamples()),
    /** ValueMaxDepth: (floor(log2 outer) + 1) + (floor(log2 maxInner) + 1), each 0 for 0. */
    VALUE_MAX_DEPTH(v -> {
      ValueConstant val = (ValueConstant) v;
      int maxInner = val.entries().values().stream().mapToInt(Map::size).max().orElse(0);
      return bitLength(val.entries().size()) + bitLength(maxInner);
    }, valueSamples()),
    /** DataNodeCount: one per node. */
    DATA_NODE_COUNT(v -> nodes((Data) v), dataSamples());

    final ToLongFunction<CekValue> memoryUsage;
    final List<CekValue> samples;

    Haskell(ToLongFunction<CekValue> memoryUsage, CekValue... samples) {
      this.memoryUsage = memoryUsage;
      this.samples = List.of(samples);
    }

    Haskell(ToLongFunction<CekValue> memoryUsage, List<? extends CekValue> samples) {
      this.memoryUsage = memoryUsage;
      this.samples = List.copyOf(samples);
    }
  }

  /** A builtin's argument types under the variants before D and from D on. */
  record Row(DefaultFun fun, List<Haskell> beforeD, List<Haskell> fromD) {
    Row(DefaultFun fun, Haskell... all) {
      this(fun, List.of(all), List.of(all));
    }

    List<Haskell> under(SemanticsVariant v) {
      return v.compareTo(SemanticsVariant.D) >= 0 ? fromD : beforeD;
    }
  }

  static final List<Row> TABLE = List.of(
      new Row(DefaultFun.sha2_256, Haskell.BYTESTRING),
      new Row(DefaultFun.sha3_256, Haskell.BYTESTRING),
      new Row(DefaultFun.blake2b_224, Haskell.BYTESTRING),
      new Row(DefaultFun.blake2b_256, Haskell.BYTESTRING),
      new Row(DefaultFun.keccak_256, Haskell.BYTESTRING),
      new Row(DefaultFun.ripemd_160, Haskell.BYTESTRING),
      new Row(DefaultFun.integerToByteString, Haskell.BOOL, Haskell.NUM_BYTES_AS_WORDS, Haskell.INTEGER),
      new Row(DefaultFun.byteStringToInteger, Haskell.BOOL, Haskell.BYTESTRING),
      new Row(DefaultFun.andByteString, Haskell.BOOL, Haskell.BYTESTRING, Haskell.BYTESTRING),
      new Row(DefaultFun.orByteString, Haskell.BOOL, Haskell.BYTESTRING, Haskell.BYTESTRING),
      new Row(DefaultFun.xorByteString, Haskell.BOOL, Haskell.BYTESTRING, Haskell.BYTESTRING),
      new Row(DefaultFun.complementByteString, Haskell.BYTESTRING),
      new Row(DefaultFun.readBit, Haskell.BYTESTRING, Haskell.INT),
      new Row(DefaultFun.writeBits, Haskell.BYTESTRING, Haskell.INTEGER_LIST, Haskell.BOOL),
      new Row(DefaultFun.replicateByte, Haskell.NUM_BYTES_AS_WORDS, Haskell.WORD8),
      new Row(DefaultFun.shiftByteString,
          List.of(Haskell.BYTESTRING, Haskell.INTEGER_COSTED_LITERALLY),
          List.of(Haskell.BYTESTRING, Haskell.INT)),
      new Row(DefaultFun.rotateByteString,
          List.of(Haskell.BYTESTRING, Haskell.INTEGER_COSTED_LITERALLY),
          List.of(Haskell.BYTESTRING, Haskell.INT)),
      new Row(DefaultFun.countSetBits, Haskell.BYTESTRING),
      new Row(DefaultFun.findFirstSetBit, Haskell.BYTESTRING),
      new Row(DefaultFun.insertCoin, Haskell.BYTESTRING, Haskell.BYTESTRING, Haskell.INTEGER, Haskell.VALUE_MAX_DEPTH),
      new Row(DefaultFun.lookupCoin, Haskell.BYTESTRING, Haskell.BYTESTRING, Haskell.VALUE_MAX_DEPTH),
      new Row(DefaultFun.unionValue, Haskell.VALUE_TOTAL_SIZE, Haskell.VALUE_TOTAL_SIZE),
      new Row(DefaultFun.valueContains, Haskell.VALUE_TOTAL_SIZE, Haskell.VALUE_TOTAL_SIZE),
      new Row(DefaultFun.valueData, Haskell.VALUE_TOTAL_SIZE),
      new Row(DefaultFun.unValueData, Haskell.DATA_NODE_COUNT),
      new Row(DefaultFun.scaleValue, Haskell.INTEGER, Haskell.VALUE_TOTAL_SIZE),
      new Row(DefaultFun.policies, Haskell.VALUE_TOTAL_SIZE),
      new Row(DefaultFun.assetCount, Haskell.VALUE_TOTAL_SIZE));

  static Stream<Arguments> cases() {
    return TABLE.stream().flatMap(row ->
        Stream.of(SemanticsVariant.values()).map(v -> Arguments.of(row.fun(), v, row)));
  }

  @ParameterizedTest(name = "{0} under {1}")
  @MethodSource("cases")
  void declaredMeasuresMatchExMemoryUsage(DefaultFun fun, SemanticsVariant variant, Row row) {
    BuiltinSpec spec = BuiltinTable.forVariant(variant).find(fun).orElseThrow();
    List<Haskell> types = row.under(variant);
    assertEquals(types.size(), spec.sizes().size(), "arity");
    for (int k = 0; k < types.size(); k++) {
      Haskell type = types.get(k);
      int index = k;
      for (CekValue sample : type.samples) {
        assertEquals(type.memoryUsage.applyAsLong(sample), spec.sizes().get(k).size(sample),
            () -> fun + " argument " + index + " as " + type + " of " + sample);
      }
    }
  }

  // Reference arithmetic, kept apart from SizeMeasure's.

  private static BigInteger pow2(int k) {
    return BigInteger.ONE.shiftLeft(k);
  }

  private static BigInteger ceilDiv8(BigInteger n) {
    BigInteger[] qr = n.divideAndRemainder(BigInteger.valueOf(8));
    return qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
  }

  private static long saturated(BigInteger n) {
    return n.bitLength() < 64 ? n.longValue() : Long.MAX_VALUE;
  }

  private static long bitLength(int n) {
    return BigInteger.valueOf(n).bitLength();
  }

  private static long nodes(Data root) {
    long count = 0;
    Deque<Constant> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Constant c = todo.pop();
      if (c instanceof PairConstant p) {
        todo.push(p.first());
        todo.push(p.second());
        continue;
      }
      count++;
      if (c instanceof Data.Constr d) d.fields.forEach(todo::push);
      if (c instanceof Data.List d) d.items.forEach(todo::push);
      if (c instanceof Data.Map d) d.entries.forEach(todo::push);
    }
    return count;
  }

  // Samples.

  private static List<IntegerConstant> ints(Object... xs) {
    List<IntegerConstant> out = new ArrayList<>();
    for (Object x : xs) {
      out.add(x instanceof BigInteger b ? IntegerConstant.of(b) : IntegerConstant.of(((Number) x).longValue()));
    }
    return out;
  }

  private static List<ByteStringConstant> bytes(int... lengths) {
    List<ByteStringConstant> out = new ArrayList<>();
    for (int n : lengths) out.add(ByteStringConstant.of(new byte[n]));
    return out;
  }

  private static ListConstant intList(long... xs) {
    return ListConstant.of(Type.INTEGER, ints((Object[]) box(xs)));
  }

  private static Long[] box(long[] xs) {
    Long[] out = new Long[xs.length];
    for (int k = 0; k < xs.length; k++) out[k] = xs[k];
    return out;
  }

  private static List<ValueConstant> valueSamples() {
    List<Object> wide = new ArrayList<>();
    for (int k = 0; k < 5; k++) {
      wide.add(String.format("%02x", k));
      wide.add("aa");
      wide.add(1);
    }
    for (int k = 0; k < 9; k++) {
      wide.add("ff");
      wide.add(String.format("%02x", k));
      wide.add(-1);
    }
    return List.of(Values.EMPTY, value("", "", 1), value("aa", "aa", 1, "aa", "bb", 2),
        value("aa", "aa", 1, "bb", "aa", 2, "cc", "aa", 3), value(wide.toArray()));
  }

  private static List<Data> dataSamples() {
    Data i = Data.integer(BigInteger.TEN);
    Data b = Data.bytes(new byte[40]);
    return List.of(i, b, Data.map(List.of()), Data.list(List.of(i, b, i)),
        Data.constr(BigInteger.ONE, List.of(Data.list(List.of(i)), b)),
        Data.map(List.of(PairConstant.of(b, Data.map(List.of(PairConstant.of(b, i)))))));
  }
}
