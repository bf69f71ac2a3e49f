package io.plutuscalibrate.uplc.builtins;

import static io.plutuscalibrate.uplc.builtins.BuiltinCalls.i;
import static io.plutuscalibrate.uplc.builtins.BuiltinCalls.ints;
import static io.plutuscalibrate.uplc.builtins.BuiltinCalls.s;
import static io.plutuscalibrate.uplc.core.DefaultFun.chooseList;
import static io.plutuscalibrate.uplc.core.DefaultFun.dropList;
import static io.plutuscalibrate.uplc.core.DefaultFun.headList;
import static io.plutuscalibrate.uplc.core.DefaultFun.mkCons;
import static io.plutuscalibrate.uplc.core.DefaultFun.nullList;
import static io.plutuscalibrate.uplc.core.DefaultFun.tailList;
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
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListBuiltinsTest {
  private final BuiltinCalls e = BuiltinCalls.in(SemanticsVariant.E);
  private static final ListConstant NINE = ints(11, 22, 33, 44, 55, 66, 77, 88, 99);

  @Test
  void mkConsPrependsAnElementOfTheListType() {
    assertEquals(ints(0), e.call(mkCons, i(0), ints())); // conformance mkCons-01
    assertEquals(ints(0, 1, 2), e.call(mkCons, i(0), ints(1, 2)));
    ListConstant nested = ListConstant.of(Type.list(Type.INTEGER), List.of(ints(1)));
    assertEquals(ListConstant.of(Type.list(Type.INTEGER), List.of(ints(), ints(1))),
        e.call(mkCons, ints(), nested));
    ListConstant pairs = ListConstant.empty(Type.pair(Type.INTEGER, Type.STRING));
    assertEquals(1, ((ListConstant) e.call(mkCons, PairConstant.of(i(1), s("a")), pairs)).length());
  }

  @Test
  void mkConsRejectsAnElementOfAnotherType() {
    e.fails(mkCons, s("0"), ints(1));
    e.fails(mkCons, i(0), ListConstant.empty(Type.STRING));
    e.fails(mkCons, ints(1), ListConstant.empty(Type.list(Type.BOOL)));
    e.fails(mkCons, Data.integer(BigInteger.ONE), ints());
    e.fails(mkCons, PairConstant.of(i(1), i(1)), ListConstant.empty(Type.pair(Type.INTEGER, Type.STRING)));
    e.fails(mkCons, BuiltinCalls.nonConstant(), ints());
    e.fails(mkCons, i(0), i(0));
    assertTrue(e.logs.isEmpty(), "type mismatches are unlifting failures");
  }

  @Test
  void headTailNull() {
    assertEquals(i(11), e.call(headList, NINE));
    assertSame(NINE.tail(), e.call(tailList, NINE));
    assertEquals(BoolConstant.FALSE, e.call(nullList, NINE));
    assertEquals(BoolConstant.TRUE, e.call(nullList, ints()));
    e.fails(headList, ints());
    e.fails(tailList, ListConstant.empty(Type.DATA));
    assertEquals(List.of("Expected a non-empty list but got an empty one",
        "Expected a non-empty list but got an empty one"), e.logs);
    e.fails(headList, i(1));
    e.fails(nullList, BuiltinCalls.nonConstant());
  }

  @Test
  void chooseList() {
    CekValue a = BuiltinCalls.nonConstant();
    CekValue b = BuiltinCalls.nonConstant();
    assertSame(a, e.call(chooseList, ints(), a, b));
    assertSame(b, e.call(chooseList, NINE, a, b));
    e.fails(chooseList, i(0), a, b);
  }

  @ParameterizedTest(name = "drop {0}")
  @CsvSource({
      "0, 9",                           // conformance dropList-01
      "7, 2",                           // dropList-03
      "9, 0",
      "17, 0",                          // dropList-06
      "-7, 9",                          // dropList-07
      "10000000000000000000, 0",        // dropList-09
      "-12345678901234567890, 9",       // dropList-10
      "9223372036854775806, 0",         // dropList-14
      "9223372036854775807, 0",         // dropList-15
      "9223372036854775808, 0",         // dropList-16
  })
  void dropList(String n, int remaining) {
    ListConstant got = (ListConstant) e.call(dropList, i(n), NINE);
    assertEquals(remaining, got.length());
    assertEquals(NINE.toList().subList(9 - remaining, 9), got.toList());
    assertEquals(NINE.elementType(), got.elementType());
  }

  @Test
  void dropListSharesTheTailAndKeepsTheTypeOfEmptyLists() {
    assertSame(NINE, e.call(dropList, i(-1), NINE));
    assertSame(NINE.tail().tail(), e.call(dropList, i(2), NINE));
    ListConstant empty = ListConstant.empty(Type.pair(Type.BOOL, Type.STRING)); // dropList-11
    assertEquals(empty, e.call(dropList, i(1234), empty));
    e.fails(dropList, i(1), i(1));
    e.fails(dropList, s("1"), NINE);
  }
}
