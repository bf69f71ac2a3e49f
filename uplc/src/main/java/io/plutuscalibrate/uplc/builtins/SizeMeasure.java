package io.plutuscalibrate.uplc.builtins;

import io.plutuscalibrate.models.SatInt;
import io.plutuscalibrate.uplc.core.ArrayConstant;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.CekValue;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.G1Constant;
import io.plutuscalibrate.uplc.core.G2Constant;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.MlResultConstant;
import io.plutuscalibrate.uplc.core.PairConstant;
import io.plutuscalibrate.uplc.core.StringConstant;
import io.plutuscalibrate.uplc.core.UnitConstant;
import io.plutuscalibrate.uplc.core.ValueConstant;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.NavigableMap;

/**
 * How an argument's size is measured for its builtin's costing function, in ExMemory units: the
 * {@code ExMemoryUsage} instances of Plutus ({@code PlutusCore.Evaluation.Machine.ExMemoryUsage})
 * and the newtype wrappers some builtins put around an argument to measure it differently.
 *
 * <p>Note [Sizes of polymorphic arguments]: an argument in a polymorphic position is measured by
 * {@link #DEFAULT}: a constant by the default measure of its type, any other machine value
 * (lambda, delay, partial builtin, constructor) as 1, as the Haskell machine's
 * {@code ExMemoryUsage CekValue} does.
 */
public enum SizeMeasure {
  /** The default measure of the value's type; see Note [Sizes of polymorphic arguments]. */
  DEFAULT {
    @Override
    public long size(CekValue v) {
      return defaultSize(v);
    }
  },
  /**
   * {@code ExMemoryUsage} of {@code Int}, {@code Word8} and {@code Word64}: always 1 (indices,
   * slice bounds, consByteString's byte in variants C and E, constrData's tag in D and E). See
   * Note [Fixed-width arguments] in {@link TypedArgs}.
   */
  ONE {
    @Override
    public long size(CekValue v) {
      return 1;
    }
  },
  /** {@code TextCostedByByteLength}: UTF-8 length in bytes, quot 4 (variants D and E). */
  TEXT_BYTE_LENGTH {
    @Override
    public long size(CekValue v) {
      if (v instanceof StringConstant s) {
        return utf8Length(s.value()) / 4;
      }
      return defaultSize(v);
    }
  },
  /** {@code DataNodeCount}: one per node of a Data value (unValueData). */
  DATA_NODE_COUNT {
    @Override
    public long size(CekValue v) {
      if (v instanceof Data d) {
        return dataNodeCount(d);
      }
      return defaultSize(v);
    }
  },
  /**
   * {@code ValueMaxDepth}: (floor(log2 outer) + 1) + (floor(log2 maxInner) + 1), each 0 when its
   * size is 0 (insertCoin, lookupCoin).
   */
  VALUE_MAX_DEPTH {
    @Override
    public long size(CekValue v) {
      if (v instanceof ValueConstant val) {
        NavigableMap<ByteStringConstant, NavigableMap<ByteStringConstant, BigInteger>> m = val.entries();
        int outer = m.size();
        int maxInner = 0;
        for (NavigableMap<ByteStringConstant, BigInteger> inner : m.values()) {
          maxInner = Math.max(maxInner, inner.size());
        }
        return log2PlusOne(outer) + log2PlusOne(maxInner);
      }
      return defaultSize(v);
    }
  },
  /** {@code IntegerCostedLiterally}: abs(n), saturated (shift and rotate amounts, dropList). */
  INTEGER_LITERALLY {
    @Override
    public long size(CekValue v) {
      if (v instanceof IntegerConstant i) {
        return saturate(i.value().abs());
      }
      return defaultSize(v);
    }
  },
  /**
   * {@code NumBytesCostedAsNumWords}: ((abs n - 1) div 8) + 1, so 0 for n = 0 (integerToByteString
   * width, replicateByte count).
   */
  NUM_BYTES_AS_WORDS {
    @Override
    public long size(CekValue v) {
      if (v instanceof IntegerConstant i) {
        BigInteger n = i.value().abs().subtract(BigInteger.ONE);
        // Haskell div rounds towards negative infinity: (-1) div 8 = -1, so 0 gives 0.
        BigInteger words = floorDiv8(n).add(BigInteger.ONE);
        return saturate(words);
      }
      return defaultSize(v);
    }
  };

  /** The size of {@code v} in ExMemory units under this measure. */
  public abstract long size(CekValue v);

  /** The default ExMemoryUsage of a machine value. */
  public static long defaultSize(CekValue v) {
    if (v instanceof IntegerConstant i) return integerSize(i.value());
    if (v instanceof ByteStringConstant b) return byteStringSize(b.length());
    if (v instanceof Data d) return dataSize(d);
    if (v instanceof StringConstant s) return s.value().codePointCount(0, s.value().length());
    if (v instanceof ListConstant l) return l.length();
    if (v instanceof ArrayConstant a) return a.length();
    if (v instanceof PairConstant) return Long.MAX_VALUE;
    if (v instanceof ValueConstant val) return val.totalSize();
    if (v instanceof G1Constant) return 18;
    if (v instanceof G2Constant) return 36;
    if (v instanceof MlResultConstant) return 72;
    if (v instanceof UnitConstant || v instanceof BoolConstant) return 1;
    if (v instanceof Constant) throw new IllegalStateException("no size for " + v.getClass());
    return 1; // a lambda, delay, partial builtin or constructor value
  }

  /** Integer: 1 for 0, else floor(log2 |n|) div 64 + 1 (64-bit words). */
  public static long integerSize(BigInteger n) {
    if (n.signum() == 0) return 1;
    int log2 = n.abs().bitLength() - 1;
    return log2 / 64 + 1;
  }

  /** Bytestring of n bytes: ((n - 1) quot 8) + 1, so 1 for the empty bytestring. */
  public static long byteStringSize(int n) {
    return ((n - 1) / 8) + 1;
  }

  /**
   * Data: 4 per node, plus the size of the integer or bytestring of each leaf. Walks with an
   * explicit stack: a script can build Data nested deeper than the Java call stack allows.
   */
  public static long dataSize(Data d) {
    long total = 0;
    ArrayDeque<Data> pending = new ArrayDeque<>();
    pending.push(d);
    while (!pending.isEmpty()) {
      Data x = pending.pop();
      total = SatInt.add(total, 4);
      if (x instanceof Data.I i) {
        total = SatInt.add(total, integerSize(i.value));
      } else if (x instanceof Data.B b) {
        total = SatInt.add(total, byteStringSize(b.value().length));
      } else {
        pushChildren(x, pending);
      }
    }
    return total;
  }

  /** One per node of a Data value (explicit stack, as {@link #dataSize}). */
  public static long dataNodeCount(Data d) {
    long total = 0;
    ArrayDeque<Data> pending = new ArrayDeque<>();
    pending.push(d);
    while (!pending.isEmpty()) {
      total = SatInt.add(total, 1);
      pushChildren(pending.pop(), pending);
    }
    return total;
  }

  private static void pushChildren(Data x, ArrayDeque<Data> pending) {
    if (x instanceof Data.Constr c) {
      for (Constant f : c.fields) pending.push((Data) f);
    } else if (x instanceof Data.List l) {
      for (Constant f : l.items) pending.push((Data) f);
    } else if (x instanceof Data.Map m) {
      for (Constant e : m.entries) {
        PairConstant p = (PairConstant) e;
        pending.push((Data) p.first());
        pending.push((Data) p.second());
      }
    }
  }

  static long utf8Length(String s) {
    // Avoids allocating the encoded bytes.
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    assert n == s.getBytes(StandardCharsets.UTF_8).length;
    return n;
  }

  private static long log2PlusOne(int n) {
    return n > 0 ? 32 - Integer.numberOfLeadingZeros(n) : 0;
  }

  private static BigInteger floorDiv8(BigInteger n) {
    return n.shiftRight(3); // arithmetic shift is floor division by 8
  }

  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private static long saturate(BigInteger n) {
    return n.compareTo(LONG_MAX) > 0 ? Long.MAX_VALUE : n.longValueExact();
  }
}
