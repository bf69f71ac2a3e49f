package io.plutuscalibrate.uplc.cek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.uplc.core.CekValue;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EnvTest {

  /** Law: after pushing v_1..v_n, index i is v_(n-i+1), and nothing beyond n is bound. */
  @Test
  void lookupAgreesWithAListForEveryIndexAndDepth() {
    Env env = Env.EMPTY;
    List<CekValue> pushed = new ArrayList<>();
    for (int n = 1; n <= 600; n++) {
      CekValue v = IntegerConstant.of(n * 7919L);
      env = env.push(v);
      pushed.add(v);
      for (int i = 1; i <= n; i++) {
        assertSame(pushed.get(n - i), env.lookup(i), "depth " + n + " index " + i);
      }
      assertNull(env.lookup(n + 1));
      assertNull(env.lookup(0));
      assertNull(env.lookup(-1));
    }
  }

  /** Persistence: extending an environment in two ways leaves both, and the original, intact. */
  @Test
  void branchesShareTheirTail() {
    Random rnd = new Random(42);
    Env base = Env.EMPTY;
    for (int i = 0; i < 100; i++) base = base.push(IntegerConstant.of(i));
    Env a = base;
    Env b = base;
    for (int i = 0; i < 50; i++) {
      a = a.push(IntegerConstant.of(1000 + i));
      if (rnd.nextBoolean()) b = b.push(IntegerConstant.of(2000 + i));
    }
    assertEquals(IntegerConstant.of(99), base.lookup(1));
    assertEquals(IntegerConstant.of(0), base.lookup(100));
    assertEquals(IntegerConstant.of(99), a.lookup(51));
    assertEquals(IntegerConstant.of(99), b.lookup(b.size() - 99));
  }

  /** Jump pointers keep lookups logarithmic: count hops on a deep environment. */
  @Test
  void deepLookupTakesFewHops() {
    Env env = Env.EMPTY;
    for (int i = 0; i < 1_000_000; i++) env = env.push(IntegerConstant.of(i));
    for (int index : new int[] {1, 2, 10, 1000, 999_999, 1_000_000}) {
      int hops = 0;
      int target = env.depth - index + 1;
      Env e = env;
      while (e.depth != target) {
        e = e.jump.depth >= target ? e.jump : e.next;
        hops++;
      }
      assertEquals(IntegerConstant.of(1_000_000 - index), env.lookup(index));
      assertTrue(hops <= 3 * 20 + 2, "index " + index + " took " + hops + " hops");
    }
  }
}
