package io.plutuscalibrate.uplc.builtins;

import static io.plutuscalibrate.uplc.builtins.Calls.b;
import static io.plutuscalibrate.uplc.builtins.Calls.bs;
import static io.plutuscalibrate.uplc.builtins.Calls.call;
import static io.plutuscalibrate.uplc.builtins.Calls.fails;
import static io.plutuscalibrate.uplc.builtins.Calls.i;
import static io.plutuscalibrate.uplc.builtins.ValuesTest.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.Type;
import io.plutuscalibrate.uplc.core.ValueConstant;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The value builtins as the machine calls them, in every variant. */
class ValueBuiltinsTest {

  @ParameterizedTest
  @EnumSource(SemanticsVariant.class)
  void meanings(SemanticsVariant v) {
    ValueConstant x = value("aa", "aa", 5, "bb", "aa", 1);
    assertEquals(value("aa", "aa", 7, "bb", "aa", 1),
        call(v, DefaultFun.insertCoin, bs("aa"), bs("aa"), i(7), x));
    assertEquals(i(5), call(v, DefaultFun.lookupCoin, bs("aa"), bs("aa"), x));
    assertEquals(value("aa", "aa", 10, "bb", "aa", 2), call(v, DefaultFun.unionValue, x, x));
    assertEquals(BoolConstant.TRUE, call(v, DefaultFun.valueContains, x, value("aa", "aa", 5)));
    assertEquals(x, call(v, DefaultFun.unValueData, call(v, DefaultFun.valueData, x)));
    assertEquals(value("aa", "aa", -5, "bb", "aa", -1), call(v, DefaultFun.scaleValue, i(-1), x));
    assertEquals(ListConstant.of(Type.BYTESTRING, List.of(bs("aa"), bs("bb"))),
        call(v, DefaultFun.policies, x));
    assertEquals(i(2), call(v, DefaultFun.assetCount, x));
    assertEquals(i(0), call(v, DefaultFun.assetCount, Values.EMPTY));
  }

  @ParameterizedTest
  @EnumSource(SemanticsVariant.class)
  void failuresAndUnlifting(SemanticsVariant v) {
    ByteStringConstant longKey = ByteStringConstant.of(new byte[33]);
    fails(v, DefaultFun.insertCoin, longKey, bs(""), i(1), Values.EMPTY);
    assertEquals(Values.EMPTY, call(v, DefaultFun.insertCoin, longKey, bs(""), i(0), Values.EMPTY));
    fails(v, DefaultFun.insertCoin, bs(""), bs(""), i(Values.MAX_QUANTITY.add(BigInteger.ONE)), Values.EMPTY);
    fails(v, DefaultFun.insertCoin, bs(""), bs(""), i(1), bs(""));
    fails(v, DefaultFun.lookupCoin, i(0), bs(""), Values.EMPTY);
    fails(v, DefaultFun.unionValue, value("aa", "aa", Values.MAX_QUANTITY), value("aa", "aa", 1));
    fails(v, DefaultFun.valueContains, value("aa", "aa", -1), Values.EMPTY);
    fails(v, DefaultFun.unValueData, Data.integer(BigInteger.ONE));
    fails(v, DefaultFun.unValueData, b(true));
    fails(v, DefaultFun.scaleValue, bs(""), Values.EMPTY);
    fails(v, DefaultFun.policies, Data.map(List.of()));
    fails(v, DefaultFun.assetCount, i(0));
  }
}
