package io.plutuscalibrate.uplc.cbor;

import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.PairConstant;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random {@link Data} for property tests: sizes straddle the CBOR encoding's boundaries. */
public final class RandomData {
  private final Random rnd;

  public RandomData(long seed) {
    this.rnd = new Random(seed);
  }

  public Data next(int depth) {
    int pick = depth <= 0 ? 3 + rnd.nextInt(2) : rnd.nextInt(5);
    return switch (pick) {
      case 0 -> Data.constr(constrTag(), items(depth));
      case 1 -> {
        List<PairConstant> entries = new ArrayList<>();
        int n = size();
        for (int i = 0; i < n; i++) entries.add(PairConstant.of(next(depth - 1), next(depth - 1)));
        yield Data.map(entries);
      }
      case 2 -> Data.list(items(depth));
      case 3 -> Data.integer(integer());
      default -> Data.bytes(bytes());
    };
  }

  private List<Data> items(int depth) {
    List<Data> out = new ArrayList<>();
    int n = size();
    for (int i = 0; i < n; i++) out.add(next(depth - 1));
    return out;
  }

  private int size() {
    int r = rnd.nextInt(10);
    return r < 3 ? 0 : r < 8 ? 1 + rnd.nextInt(3) : rnd.nextInt(30);
  }

  /** Tags in [0, 2^64-1]: the small forms, their edges, and the tag-102 range. */
  BigInteger constrTag() {
    return switch (rnd.nextInt(6)) {
      case 0 -> BigInteger.valueOf(rnd.nextInt(7));
      case 1 -> BigInteger.valueOf(7 + rnd.nextInt(121));
      case 2 -> BigInteger.valueOf(new int[] {0, 6, 7, 127, 128, 1000}[rnd.nextInt(6)]);
      case 3 -> BigInteger.valueOf(128 + rnd.nextInt(100_000));
      case 4 -> new BigInteger(64, rnd);
      default -> BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    };
  }

  BigInteger integer() {
    BigInteger v = switch (rnd.nextInt(6)) {
      case 0 -> BigInteger.valueOf(rnd.nextInt(50) - 25);
      case 1 -> BigInteger.valueOf(rnd.nextLong());
      case 2 -> new BigInteger(64, rnd);
      case 3 -> BigInteger.ONE.shiftLeft(64).add(BigInteger.valueOf(rnd.nextInt(5) - 2));
      case 4 -> new BigInteger(1 + rnd.nextInt(1200), rnd);
      default -> new BigInteger(500 + rnd.nextInt(30), rnd);
    };
    return rnd.nextBoolean() ? v.negate() : v;
  }

  byte[] bytes() {
    int n = switch (rnd.nextInt(5)) {
      case 0 -> rnd.nextInt(10);
      case 1 -> 62 + rnd.nextInt(5);
      case 2 -> 126 + rnd.nextInt(5);
      case 3 -> rnd.nextInt(300);
      default -> rnd.nextInt(64);
    };
    byte[] b = new byte[n];
    rnd.nextBytes(b);
    return b;
  }

  public Random random() {
    return rnd;
  }
}
