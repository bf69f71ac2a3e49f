package io.plutuscalibrate.uplc.builtins;

import static io.plutuscalibrate.uplc.builtins.BuiltinCalls.i;
import static io.plutuscalibrate.uplc.builtins.BuiltinCalls.ints;
import static io.plutuscalibrate.uplc.builtins.BuiltinCalls.s;
import static io.plutuscalibrate.uplc.core.DefaultFun.fstPair;
import static io.plutuscalibrate.uplc.core.DefaultFun.sndPair;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.PairConstant;
import org.junit.jupiter.api.Test;

class PairBuiltinsTest {
  private final BuiltinCalls e = BuiltinCalls.in(SemanticsVariant.E);

  @Test
  void projections() {
    PairConstant p = PairConstant.of(i(1), PairConstant.of(s("x"), ints(1, 2)));
    assertEquals(i(1), e.call(fstPair, p));
    assertEquals(PairConstant.of(s("x"), ints(1, 2)), e.call(sndPair, p));
    e.fails(fstPair, ints(1, 2));
    e.fails(sndPair, BuiltinCalls.nonConstant());
    assertEquals(Long.MAX_VALUE, SizeMeasure.DEFAULT.size(p), "a pair is measured as maxBound");
  }
}
