package io.plutuscalibrate.uplc.builtins;

import static io.plutuscalibrate.uplc.builtins.BuiltinCalls.bs;
import static io.plutuscalibrate.uplc.builtins.BuiltinCalls.i;
import static io.plutuscalibrate.uplc.builtins.BuiltinCalls.ints;
import static io.plutuscalibrate.uplc.builtins.BuiltinCalls.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.ArrayConstant;
import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.PairConstant;
import io.plutuscalibrate.uplc.core.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The size measure each core builtin declares for each argument, checked against the argument
 * types of its denotation in Plutus's {@code Default/Builtins.hs} (transcribed here per variant)
 * and the {@code ExMemoryUsage} instance of each type ({@code ExMemoryUsage.hs}).
 */
class CoreSizeMeasuresTest {

  /** The ExMemoryUsage instance of each Haskell argument type used by the core families. */
  private static final Map<String, SizeMeasure> EX_MEMORY_USAGE = Map.ofEntries(
      Map.entry("Integer", SizeMeasure.DEFAULT),
      Map.entry("CInteger", SizeMeasure.DEFAULT), // newtype deriving ExMemoryUsage
      Map.entry("ByteString", SizeMeasure.DEFAULT),
      Map.entry("CByteString", SizeMeasure.DEFAULT),
      Map.entry("Text", SizeMeasure.DEFAULT),
      Map.entry("TextCostedByByteLength", SizeMeasure.TEXT_BYTE_LENGTH),
      Map.entry("IntegerCostedLiterally", SizeMeasure.INTEGER_LITERALLY),
      Map.entry("Int", SizeMeasure.ONE),
      Map.entry("Word8", SizeMeasure.ONE),
      Map.entry("Word64", SizeMeasure.ONE),
      Map.entry("Bool", SizeMeasure.DEFAULT),
      Map.entry("()", SizeMeasure.DEFAULT),
      Map.entry("Data", SizeMeasure.DEFAULT),
      Map.entry("[a]", SizeMeasure.DEFAULT),
      Map.entry("(a,b)", SizeMeasure.DEFAULT),
      Map.entry("Vector", SizeMeasure.DEFAULT),
      Map.entry("a", SizeMeasure.DEFAULT)); // Opaque / SomeConstant: the CekValue's measure

  private record Row(DefaultFun fun, Set<SemanticsVariant> variants, List<String> argTypes) {}

  private static final Set<SemanticsVariant> ALL = EnumSet.allOf(SemanticsVariant.class);
  private static final Set<SemanticsVariant> ABC =
      EnumSet.of(SemanticsVariant.A, SemanticsVariant.B, SemanticsVariant.C);
  private static final Set<SemanticsVariant> DE = EnumSet.of(SemanticsVariant.D, SemanticsVariant.E);

  private static Row row(DefaultFun fun, Set<SemanticsVariant> variants, String types) {
    return new Row(fun, variants, List.of(types.split(" ")));
  }

  private static final List<Row> SIGNATURES = List.of(
      row(DefaultFun.addInteger, ABC, "Integer Integer"),
      row(DefaultFun.addInteger, DE, "CInteger CInteger"),
      row(DefaultFun.subtractInteger, ABC, "Integer Integer"),
      row(DefaultFun.subtractInteger, DE, "CInteger CInteger"),
      row(DefaultFun.multiplyInteger, ABC, "Integer Integer"),
      row(DefaultFun.multiplyInteger, DE, "CInteger CInteger"),
      row(DefaultFun.divideInteger, ABC, "Integer Integer"),
      row(DefaultFun.divideInteger, DE, "CInteger CInteger"),
      row(DefaultFun.quotientInteger, ABC, "Integer Integer"),
      row(DefaultFun.quotientInteger, DE, "CInteger CInteger"),
      row(DefaultFun.remainderInteger, ABC, "Integer Integer"),
      row(DefaultFun.remainderInteger, DE, "CInteger CInteger"),
      row(DefaultFun.modInteger, ABC, "Integer Integer"),
      row(DefaultFun.modInteger, DE, "CInteger CInteger"),
      row(DefaultFun.equalsInteger, ALL, "Integer Integer"),
      row(DefaultFun.lessThanInteger, ABC, "Integer Integer"),
      row(DefaultFun.lessThanInteger, DE, "CInteger CInteger"),
      row(DefaultFun.lessThanEqualsInteger, ABC, "Integer Integer"),
      row(DefaultFun.lessThanEqualsInteger, DE, "CInteger CInteger"),
      row(DefaultFun.expModInteger, ALL, "Integer Integer Integer"),
      row(DefaultFun.appendByteString, ABC, "ByteString ByteString"),
      row(DefaultFun.appendByteString, DE, "CByteString CByteString"),
      row(DefaultFun.consByteString, EnumSet.of(SemanticsVariant.A, SemanticsVariant.B),
          "Integer ByteString"),
      row(DefaultFun.consByteString, EnumSet.of(SemanticsVariant.D), "CInteger CByteString"),
      row(DefaultFun.consByteString, EnumSet.of(SemanticsVariant.C), "Word8 ByteString"),
      row(DefaultFun.consByteString, EnumSet.of(SemanticsVariant.E), "Word8 CByteString"),
      row(DefaultFun.sliceByteString, ABC, "Int Int ByteString"),
      row(DefaultFun.sliceByteString, DE, "Int Int CByteString"),
      row(DefaultFun.lengthOfByteString, ALL, "ByteString"),
      row(DefaultFun.indexByteString, ABC, "ByteString Int"),
      row(DefaultFun.indexByteString, DE, "CByteString Int"),
      row(DefaultFun.equalsByteString, ABC, "ByteString ByteString"),
      row(DefaultFun.equalsByteString, DE, "CByteString CByteString"),
      row(DefaultFun.lessThanByteString, ABC, "ByteString ByteString"),
      row(DefaultFun.lessThanByteString, DE, "CByteString CByteString"),
      row(DefaultFun.lessThanEqualsByteString, ABC, "ByteString ByteString"),
      row(DefaultFun.lessThanEqualsByteString, DE, "CByteString CByteString"),
      row(DefaultFun.appendString, ABC, "Text Text"),
      row(DefaultFun.appendString, DE, "TextCostedByByteLength TextCostedByByteLength"),
      row(DefaultFun.equalsString, ABC, "Text Text"),
      row(DefaultFun.equalsString, DE, "TextCostedByByteLength TextCostedByByteLength"),
      row(DefaultFun.encodeUtf8, ABC, "Text"),
      row(DefaultFun.encodeUtf8, DE, "TextCostedByByteLength"),
      row(DefaultFun.decodeUtf8, ABC, "ByteString"),
      row(DefaultFun.decodeUtf8, DE, "CByteString"),
      row(DefaultFun.ifThenElse, ALL, "Bool a a"),
      row(DefaultFun.chooseUnit, ALL, "() a"),
      row(DefaultFun.trace, ALL, "Text a"),
      row(DefaultFun.fstPair, ALL, "(a,b)"),
      row(DefaultFun.sndPair, ALL, "(a,b)"),
      row(DefaultFun.chooseList, ALL, "[a] a a"),
      row(DefaultFun.mkCons, ALL, "a [a]"),
      row(DefaultFun.headList, ALL, "[a]"),
      row(DefaultFun.tailList, ALL, "[a]"),
      row(DefaultFun.nullList, ALL, "[a]"),
      row(DefaultFun.dropList, ALL, "IntegerCostedLiterally [a]"),
      row(DefaultFun.chooseData, ALL, "Data a a a a a"),
      row(DefaultFun.constrData, ABC, "Integer [a]"),
      row(DefaultFun.constrData, DE, "Word64 [a]"),
      row(DefaultFun.mapData, ALL, "[a]"),
      row(DefaultFun.listData, ALL, "[a]"),
      row(DefaultFun.iData, ALL, "Integer"),
      row(DefaultFun.bData, ALL, "ByteString"),
      row(DefaultFun.unConstrData, ALL, "Data"),
      row(DefaultFun.unMapData, ALL, "Data"),
      row(DefaultFun.unListData, ALL, "Data"),
      row(DefaultFun.unIData, ALL, "Data"),
      row(DefaultFun.unBData, ALL, "Data"),
      row(DefaultFun.equalsData, ALL, "Data Data"),
      row(DefaultFun.mkPairData, ALL, "Data Data"),
      row(DefaultFun.mkNilData, ALL, "()"),
      row(DefaultFun.mkNilPairData, ALL, "()"),
      row(DefaultFun.serialiseData, ALL, "Data"),
      row(DefaultFun.lengthOfArray, ALL, "Vector"),
      row(DefaultFun.listToArray, ALL, "[a]"),
      row(DefaultFun.indexArray, ALL, "Vector Int"),
      row(DefaultFun.multiIndexArray, ALL, "Vector [a]"));

  /** The builtins of the core families. */
  static Set<DefaultFun> coreBuiltins() {
    Set<DefaultFun> funs = EnumSet.noneOf(DefaultFun.class);
    for (Row r : SIGNATURES) funs.add(r.fun());
    return funs;
  }

  @Test
  void everyArgumentIsMeasuredAsPlutusMeasuresIt() {
    List<String> problems = new ArrayList<>();
    for (SemanticsVariant v : SemanticsVariant.values()) {
      BuiltinTable table = BuiltinTable.forVariant(v);
      for (DefaultFun fun : DefaultFun.values()) {
        List<Row> rows = SIGNATURES.stream()
            .filter(r -> r.fun() == fun && r.variants().contains(v)).toList();
        if (rows.isEmpty()) continue;
        assertEquals(1, rows.size(), fun + " has one signature per variant");
        List<SizeMeasure> expected =
            rows.get(0).argTypes().stream().map(EX_MEMORY_USAGE::get).toList();
        BuiltinSpec spec = table.find(fun).orElse(null);
        if (spec == null) {
          problems.add(fun + " is not defined in variant " + v);
        } else if (!spec.sizes().equals(expected)) {
          problems.add(fun + " in " + v + ": declared " + spec.sizes() + ", Plutus " + expected);
        }
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void measuresGiveTheExMemoryUsageValues() {
    // Integer: 1 for 0, else floor(log2 |n|) div 64 + 1.
    assertEquals(1, SizeMeasure.DEFAULT.size(i(0)));
    assertEquals(1, SizeMeasure.DEFAULT.size(i(-1)));
    assertEquals(1, SizeMeasure.DEFAULT.size(i(BigInteger.TWO.pow(64).subtract(BigInteger.ONE))));
    assertEquals(2, SizeMeasure.DEFAULT.size(i(BigInteger.TWO.pow(64))));
    // Int/Word8/Word64: 1 whatever the value.
    assertEquals(1, SizeMeasure.ONE.size(i(BigInteger.TWO.pow(64))));
    // IntegerCostedLiterally: |n|, saturated.
    assertEquals(7, SizeMeasure.INTEGER_LITERALLY.size(i(-7)));
    assertEquals(Long.MAX_VALUE, SizeMeasure.INTEGER_LITERALLY.size(i(BigInteger.TWO.pow(70))));
    // ByteString: ((n - 1) quot 8) + 1.
    assertEquals(1, SizeMeasure.DEFAULT.size(bs("")));
    assertEquals(1, SizeMeasure.DEFAULT.size(bs("0102030405060708")));
    assertEquals(2, SizeMeasure.DEFAULT.size(bs("010203040506070809")));
    // Text: characters; TextCostedByByteLength: UTF-8 bytes quot 4.
    assertEquals(3, SizeMeasure.DEFAULT.size(s("a\u20ac\uD83D\uDE00")));
    assertEquals(2, SizeMeasure.TEXT_BYTE_LENGTH.size(s("a\u20ac\uD83D\uDE00"))); // 8 bytes
    assertEquals(0, SizeMeasure.TEXT_BYTE_LENGTH.size(s("abc")));
    // Lists and arrays: their length; pairs: maxBound.
    assertEquals(0, SizeMeasure.DEFAULT.size(ints()));
    assertEquals(3, SizeMeasure.DEFAULT.size(ints(1, 2, 3)));
    assertEquals(2, SizeMeasure.DEFAULT.size(ArrayConstant.of(Type.INTEGER, List.of(i(1), i(2)))));
    assertEquals(Long.MAX_VALUE, SizeMeasure.DEFAULT.size(PairConstant.of(i(1), i(2))));
    // Data: 4 per node plus the leaves' sizes.
    Data d = Data.constr(BigInteger.ZERO, List.of(Data.integer(BigInteger.TWO.pow(64)),
        Data.map(List.of(PairConstant.of(Data.bytes(new byte[9]), Data.list(List.of()))))));
    assertEquals(4 + (4 + 2) + 4 + (4 + 2) + 4, SizeMeasure.DEFAULT.size(d));
    assertEquals(5, SizeMeasure.DATA_NODE_COUNT.size(d));
    // A value that is not a constant: 1.
    assertEquals(1, SizeMeasure.DEFAULT.size(BuiltinCalls.nonConstant()));
  }

  @Test
  void dataSizesOfDeeplyNestedData() {
    Data d = Data.integer(BigInteger.ZERO);
    for (int k = 0; k < 200_000; k++) d = Data.list(List.of(d));
    assertEquals(4L * 200_001 + 1, SizeMeasure.DEFAULT.size(d));
    assertEquals(200_001, SizeMeasure.DATA_NODE_COUNT.size(d));
  }
}
