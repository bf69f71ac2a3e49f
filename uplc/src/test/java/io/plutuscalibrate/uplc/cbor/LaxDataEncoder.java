package io.plutuscalibrate.uplc.cbor;

import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.PairConstant;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Random;

/**
 * A test-only encoder that picks, at random, among the encodings the Plutus decoder accepts but
 * the encoder never writes: non-shortest heads, definite or indefinite lists and maps, the
 * tag-102 form for small constructor tags, bignums for small integers, chunked byte strings with
 * arbitrary chunk sizes (at most 64) and empty chunks.
 */
final class LaxDataEncoder {
  private final Random rnd;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  LaxDataEncoder(Random rnd) {
    this.rnd = rnd;
  }

  byte[] encode(Data d) {
    out.reset();
    write(d);
    return out.toByteArray();
  }

  private void write(Data d) {
    if (d instanceof Data.I i) {
      writeInteger(i.value);
    } else if (d instanceof Data.B b) {
      writeBytes(b.value());
    } else if (d instanceof Data.List l) {
      writeList(l.items);
    } else if (d instanceof Data.Map m) {
      boolean indefinite = rnd.nextBoolean();
      if (indefinite) out.write(0xbf); else head(5, m.entries.length());
      for (Constant c : m.entries) {
        PairConstant p = (PairConstant) c;
        write((Data) p.first());
        write((Data) p.second());
      }
      if (indefinite) out.write(0xff);
    } else {
      Data.Constr c = (Data.Constr) d;
      long t = c.tag.longValue();
      boolean small = c.tag.bitLength() <= 7;
      if (small && rnd.nextInt(3) > 0) {
        head(6, t < 7 ? 121 + t : 1280 + t - 7);
        writeList(c.fields);
      } else {
        head(6, 102);
        boolean indefinite = rnd.nextBoolean();
        if (indefinite) out.write(0x9f); else head(4, 2);
        head(0, t);
        writeList(c.fields);
        if (indefinite) out.write(0xff);
      }
    }
  }

  private void writeList(ListConstant items) {
    boolean indefinite = rnd.nextBoolean();
    if (indefinite) out.write(0x9f); else head(4, items.length());
    for (Constant c : items) write((Data) c);
    if (indefinite) out.write(0xff);
  }

  private void writeInteger(BigInteger v) {
    BigInteger n = v.signum() < 0 ? v.not() : v;
    if (n.bitLength() <= 64 && rnd.nextInt(4) > 0) {
      head(v.signum() < 0 ? 1 : 0, n.longValue());
      return;
    }
    out.write(v.signum() < 0 ? 0xc3 : 0xc2);
    byte[] m = n.toByteArray();
    int skip = m.length > 1 && m[0] == 0 ? 1 : 0;
    byte[] mag = new byte[m.length - skip + rnd.nextInt(3)]; // optional leading zero bytes
    System.arraycopy(m, skip, mag, mag.length - (m.length - skip), m.length - skip);
    writeBytes(mag);
  }

  private void writeBytes(byte[] b) {
    if (b.length <= 64 && rnd.nextBoolean()) {
      head(2, b.length);
      out.write(b, 0, b.length);
      return;
    }
    out.write(0x5f);
    int off = 0;
    while (off < b.length || rnd.nextInt(4) == 0) {
      int n = Math.min(b.length - off, rnd.nextInt(65));
      head(2, n);
      out.write(b, off, n);
      off += n;
    }
    out.write(0xff);
  }

  /** A head with a random, possibly longer than needed, argument size. */
  private void head(int major, long arg) {
    int min = arg >= 0 && arg < 24 ? 0 : arg >= 0 && arg < 0x100 ? 1 : arg >= 0 && arg < 0x10000 ? 2
        : arg >= 0 && arg < 0x1_0000_0000L ? 3 : 4;
    int size = min + rnd.nextInt(5 - min);
    if (size == 0) {
      out.write((major << 5) | (int) arg);
      return;
    }
    int bytes = 1 << (size - 1);
    out.write((major << 5) | (23 + size));
    for (int i = bytes - 1; i >= 0; i--) out.write((int) (arg >>> (8 * i)));
  }
}
