package io.plutuscalibrate.uplc.builtins;

import static io.plutuscalibrate.uplc.builtins.BuiltinCalls.i;
import static io.plutuscalibrate.uplc.builtins.BuiltinCalls.s;
import static io.plutuscalibrate.uplc.core.DefaultFun.chooseUnit;
import static io.plutuscalibrate.uplc.core.DefaultFun.ifThenElse;
import static io.plutuscalibrate.uplc.core.DefaultFun.trace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.CekValue;
import io.plutuscalibrate.uplc.core.UnitConstant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ControlBuiltinsTest {
  @ParameterizedTest
  @EnumSource(SemanticsVariant.class)
  void ifThenElseChoosesAnyValue(SemanticsVariant variant) {
    BuiltinCalls calls = BuiltinCalls.in(variant);
    CekValue lam = BuiltinCalls.nonConstant();
    assertSame(lam, calls.call(ifThenElse, BoolConstant.TRUE, lam, i(2)));
    assertEquals(i(2), calls.call(ifThenElse, BoolConstant.FALSE, lam, i(2)));
    calls.fails(ifThenElse, i(1), i(1), i(2));
    calls.fails(ifThenElse, lam, i(1), i(2));
  }

  @ParameterizedTest
  @EnumSource(SemanticsVariant.class)
  void chooseUnitNeedsUnit(SemanticsVariant variant) {
    BuiltinCalls calls = BuiltinCalls.in(variant);
    CekValue lam = BuiltinCalls.nonConstant();
    assertSame(lam, calls.call(chooseUnit, UnitConstant.UNIT, lam));
    calls.fails(chooseUnit, BoolConstant.TRUE, lam);
  }

  @ParameterizedTest
  @EnumSource(SemanticsVariant.class)
  void traceLogsAndReturnsItsSecondArgument(SemanticsVariant variant) {
    BuiltinCalls calls = BuiltinCalls.in(variant);
    CekValue lam = BuiltinCalls.nonConstant();
    assertSame(lam, calls.call(trace, s("hello"), lam));
    assertEquals(i(1), calls.call(trace, s(""), i(1)));
    assertEquals(List.of("hello", ""), calls.logs);
    calls.fails(trace, i(1), i(1));
    assertEquals(2, calls.logs.size());
  }
}
