package io.plutuscalibrate.reports.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChangeTest {

  @Test
  void relativeChangeIsSignedAgainstTheMagnitudeOfTheCurrentValue() {
    assertEquals(0.5, new Change(100, 150).relative().getAsDouble());
    assertEquals(-0.25, new Change(100, 75).relative().getAsDouble());
    // A negative coefficient moving towards zero is an increase: (-800 - -900) / 900.
    assertEquals(100.0 / 900, new Change(-900, -800).relative().getAsDouble(), 1e-15);
    assertEquals(0.0, new Change(0, 0).relative().getAsDouble());
  }

  @Test
  void fromZeroIsNew() {
    Change c = new Change(0, 5);
    assertTrue(c.isNew());
    assertTrue(c.relative().isEmpty());
    assertEquals(Double.POSITIVE_INFINITY, c.magnitude());
    assertFalse(new Change(5, 0).isNew());
    assertEquals(-1.0, new Change(5, 0).relative().getAsDouble());
  }

  @Test
  void absoluteChangeIsExactEvenAcrossTheWholeRange() {
    assertEquals(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.valueOf(900)),
        new Change(-900, Long.MAX_VALUE).absolute());
    Random r = new Random(7);
    for (int i = 0; i < 1000; i++) {
      long a = r.nextLong();
      long b = r.nextLong();
      Change c = new Change(a, b);
      // to = from + absolute, and the sign of the relative change is the sign of absolute.
      assertEquals(BigInteger.valueOf(b), BigInteger.valueOf(a).add(c.absolute()));
      if (a != 0) {
        assertEquals(c.absolute().signum(), (int) Math.signum(c.relative().getAsDouble()));
      }
    }
  }
}
