package io.plutuscalibrate.uplc.builtins;

import static io.plutuscalibrate.uplc.builtins.BuiltinCalls.bs;
import static io.plutuscalibrate.uplc.builtins.BuiltinCalls.i;
import static io.plutuscalibrate.uplc.builtins.BuiltinCalls.ints;
import static io.plutuscalibrate.uplc.core.DefaultFun.bData;
import static io.plutuscalibrate.uplc.core.DefaultFun.chooseData;
import static io.plutuscalibrate.uplc.core.DefaultFun.constrData;
import static io.plutuscalibrate.uplc.core.DefaultFun.equalsData;
import static io.plutuscalibrate.uplc.core.DefaultFun.iData;
import static io.plutuscalibrate.uplc.core.DefaultFun.listData;
import static io.plutuscalibrate.uplc.core.DefaultFun.mapData;
import static io.plutuscalibrate.uplc.core.DefaultFun.mkNilData;
import static io.plutuscalibrate.uplc.core.DefaultFun.mkNilPairData;
import static io.plutuscalibrate.uplc.core.DefaultFun.mkPairData;
import static io.plutuscalibrate.uplc.core.DefaultFun.unBData;
import static io.plutuscalibrate.uplc.core.DefaultFun.unConstrData;
import static io.plutuscalibrate.uplc.core.DefaultFun.unIData;
import static io.plutuscalibrate.uplc.core.DefaultFun.unListData;
import static io.plutuscalibrate.uplc.core.DefaultFun.unMapData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.CekValue;
import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.PairConstant;
import io.plutuscalibrate.uplc.core.Type;
import io.plutuscalibrate.uplc.core.UnitConstant;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DataBuiltinsTest {
  private final BuiltinCalls e = BuiltinCalls.in(SemanticsVariant.E);

  private static Data di(long n) {
    return Data.integer(BigInteger.valueOf(n));
  }

  private static ListConstant datas(Data... ds) {
    return ListConstant.of(Type.DATA, List.of(ds));
  }

  @Test
  void constructAndDeconstructInConstantTime() {
    ListConstant fields = datas(di(1), Data.bytes(new byte[] {1}));
    Data constr = (Data) e.call(constrData, i(3), fields);
    PairConstant p = (PairConstant) e.call(unConstrData, constr);
    assertEquals(i(3), p.first());
    assertSame(fields, p.second(), "unConstrData returns the very list");

    ListConstant entries = ListConstant.of(Data.PAIR_TYPE, List.of(PairConstant.of(di(1), di(2))));
    assertSame(entries, e.call(unMapData, e.call(mapData, entries)));
    ListConstant items = datas(di(1), di(2));
    assertSame(items, e.call(unListData, e.call(listData, items)));
    assertEquals(i(-5), e.call(unIData, e.call(iData, i(-5))));
    assertEquals(bs("beef"), e.call(unBData, e.call(bData, bs("beef"))));
  }

  @Test
  void deconstructorsFailOnOtherConstructors() {
    Data b = Data.bytes(new byte[0]);
    e.fails(unConstrData, b);
    e.fails(unMapData, b);
    e.fails(unListData, b);
    e.fails(unIData, b);
    e.fails(unBData, di(1));
    assertEquals(5, e.logs.size(), "each is a logged failure in Plutus");
    e.fails(unIData, i(1));
  }

  @Test
  void constructorsCheckTheListType() {
    e.fails(listData, ints(1));
    e.fails(mapData, datas(di(1)));
    e.fails(mapData, ListConstant.empty(Type.pair(Type.DATA, Type.INTEGER)));
    e.fails(constrData, i(0), ints());
    e.fails(iData, bs("00"));
    e.fails(bData, i(0));
    assertTrue(e.logs.isEmpty());
  }

  @ParameterizedTest
  @EnumSource(SemanticsVariant.class)
  void constrDataTagIsAWord64InDAndE(SemanticsVariant variant) {
    BuiltinCalls calls = BuiltinCalls.in(variant);
    boolean word64 = variant == SemanticsVariant.D || variant == SemanticsVariant.E;
    BigInteger maxWord = BigInteger.TWO.pow(64).subtract(BigInteger.ONE);
    assertEquals(maxWord, ((Data.Constr) calls.call(constrData, i(maxWord), datas())).tag);
    for (BigInteger tag : List.of(BigInteger.valueOf(-1), maxWord.add(BigInteger.ONE),
        BigInteger.TWO.pow(300).negate())) {
      if (word64) {
        calls.fails(constrData, i(tag), datas());
      } else {
        assertEquals(tag, ((Data.Constr) calls.call(constrData, i(tag), datas())).tag);
      }
    }
  }

  @Test
  void chooseDataPicksTheBranchOfTheConstructor() {
    CekValue[] branches = new CekValue[5];
    for (int k = 0; k < 5; k++) branches[k] = BuiltinCalls.nonConstant();
    List<Data> samples = List.of(Data.constr(BigInteger.ZERO, List.of()), Data.map(List.of()),
        Data.list(List.of()), di(0), Data.bytes(new byte[0]));
    for (int k = 0; k < 5; k++) {
      assertSame(branches[k], e.call(chooseData, samples.get(k), branches[0], branches[1],
          branches[2], branches[3], branches[4]));
    }
    e.fails(chooseData, i(0), branches[0], branches[1], branches[2], branches[3], branches[4]);
  }

  @Test
  void pairsAndNils() {
    assertEquals(PairConstant.of(di(1), di(2)), e.call(mkPairData, di(1), di(2)));
    e.fails(mkPairData, di(1), i(2));
    assertEquals(ListConstant.empty(Type.DATA), e.call(mkNilData, UnitConstant.UNIT));
    assertEquals(ListConstant.empty(Data.PAIR_TYPE), e.call(mkNilPairData, UnitConstant.UNIT));
    e.fails(mkNilData, i(0));
  }

  @Test
  void equalsDataAgreesWithStructuralEquality() {
    Random rnd = new Random(11);
    for (int k = 0; k < 3000; k++) {
      Data x = random(rnd, 3);
      Data y = rnd.nextInt(3) == 0 ? x : random(rnd, 3);
      boolean expected = x.equals(y);
      assertEquals(BoolConstant.of(expected), e.call(equalsData, x, y));
      assertEquals(BoolConstant.of(expected), e.call(equalsData, y, x));
    }
    assertEquals(BoolConstant.FALSE, e.call(equalsData, di(1), Data.bytes(new byte[] {1})));
    assertEquals(BoolConstant.FALSE, e.call(equalsData, Data.list(List.of(di(1))), Data.list(List.of())));
    assertEquals(BoolConstant.FALSE, e.call(equalsData,
        Data.constr(BigInteger.ONE, List.of()), Data.constr(BigInteger.TWO, List.of())));
  }

  @Test
  void equalsDataHandlesDeepNesting() {
    Data a = di(0);
    Data b = di(0);
    for (int k = 0; k < 200_000; k++) {
      a = Data.list(List.of(a));
      b = Data.list(List.of(b));
    }
    assertEquals(BoolConstant.TRUE, e.call(equalsData, a, b));
    assertEquals(BoolConstant.FALSE, e.call(equalsData, a, Data.list(List.of(b))));
  }

  /** Small random Data, with few distinct leaves so that equal values are common. */
  static Data random(Random rnd, int depth) {
    int kind = rnd.nextInt(depth <= 0 ? 2 : 5);
    switch (kind) {
      case 0:
        return di(rnd.nextInt(3));
      case 1:
        return Data.bytes(new byte[rnd.nextInt(2)]);
      case 2: {
        List<Data> xs = new ArrayList<>();
        for (int j = rnd.nextInt(3); j > 0; j--) xs.add(random(rnd, depth - 1));
        return Data.list(xs);
      }
      case 3: {
        List<Data> xs = new ArrayList<>();
        for (int j = rnd.nextInt(3); j > 0; j--) xs.add(random(rnd, depth - 1));
        return Data.constr(BigInteger.valueOf(rnd.nextInt(2)), xs);
      }
      default: {
        List<PairConstant> es = new ArrayList<>();
        for (int j = rnd.nextInt(3); j > 0; j--) {
          es.add(PairConstant.of(random(rnd, depth - 1), random(rnd, depth - 1)));
        }
        return Data.map(es);
      }
    }
  }
}
