package io.plutuscalibrate.uplc.cbor;

import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.PairConstant;
import java.math.BigInteger;
import java.util.ArrayDeque;

/**
 * Plutus's {@code encodeData}, iteratively: see Note [Data CBOR encoding] in {@link DataCbor}.
 * Work items on the stack are a {@link Data} to encode, a {@link ListConstant} whose elements
 * (data, or pairs of data) remain to be encoded, or {@link #BREAK}.
 */
final class DataCborEncoder {
  private static final Object BREAK = new Object();
  private static final int CHUNK = DataCbor.MAX_CHUNK;

  private final CborWriter out;
  private final ArrayDeque<Object> work = new ArrayDeque<>();

  DataCborEncoder(CborWriter out) {
    this.out = out;
  }

  void encode(Data root) {
    work.push(root);
    while (!work.isEmpty()) {
      Object item = work.pop();
      if (item == BREAK) {
        out.writeByte(CborWriter.BREAK);
      } else if (item instanceof ListConstant rest) {
        pushNext(rest);
      } else {
        encodeOne((Data) item);
      }
    }
  }

  /** Schedules the head of a non-empty list before its tail. */
  private void pushNext(ListConstant list) {
    ListConstant tail = list.tail();
    if (!tail.isEmpty()) work.push(tail);
    Constant head = list.head();
    if (head instanceof PairConstant p) {
      work.push(p.second());
      work.push(p.first());
    } else {
      work.push(head);
    }
  }

  private void encodeOne(Data d) {
    if (d instanceof Data.I i) {
      encodeInteger(i.value);
    } else if (d instanceof Data.B b) {
      encodeBytes(b.value());
    } else if (d instanceof Data.List l) {
      encodeList(l.items);
    } else if (d instanceof Data.Map m) {
      out.writeHead(CborWriter.MAP, m.entries.length());
      if (!m.entries.isEmpty()) work.push(m.entries);
    } else {
      Data.Constr c = (Data.Constr) d;
      encodeConstrTag(c.tag);
      encodeList(c.fields);
    }
  }

  /** Haskell's list encoding: {@code 0x80} when empty, otherwise indefinite length. */
  private void encodeList(ListConstant items) {
    if (items.isEmpty()) {
      out.writeHead(CborWriter.ARRAY, 0);
    } else {
      out.writeByte(CborWriter.ARRAY_INDEFINITE);
      work.push(BREAK);
      work.push(items);
    }
  }

  private void encodeConstrTag(BigInteger tag) {
    if (tag.signum() >= 0 && tag.bitLength() <= 7) {
      int t = tag.intValue();
      out.writeHead(CborWriter.TAG, t < 7 ? 121 + t : 1280 + (t - 7));
    } else {
      out.writeHead(CborWriter.TAG, 102);
      out.writeHead(CborWriter.ARRAY, 2);
      if (tag.signum() >= 0 && tag.bitLength() <= 64) {
        out.writeHead(CborWriter.UNSIGNED, tag.longValue());
      } else {
        // cborg's encodeInteger: a bignum with a definite-length payload, never chunked. It does
        // not decode (the decoder wants a Word64), as in Plutus.
        encodeCborgInteger(tag);
      }
    }
  }

  /** Plutus's {@code encodeInteger}: see Note [Data CBOR encoding]. */
  private void encodeInteger(BigInteger v) {
    if (!encodeSmallInteger(v)) {
      boolean negative = v.signum() < 0;
      out.writeHead(CborWriter.TAG, negative ? 3 : 2);
      encodeBytes(magnitude(negative ? v.not() : v));
    }
  }

  private void encodeCborgInteger(BigInteger v) {
    if (!encodeSmallInteger(v)) {
      boolean negative = v.signum() < 0;
      out.writeHead(CborWriter.TAG, negative ? 3 : 2);
      byte[] m = magnitude(negative ? v.not() : v);
      out.writeHead(CborWriter.BYTES, m.length);
      out.writeBytes(m, 0, m.length);
    }
  }

  /** Major type 0 or 1 when {@code v} is in [-2^64, 2^64 - 1]; false otherwise. */
  private boolean encodeSmallInteger(BigInteger v) {
    if (v.signum() >= 0) {
      if (v.bitLength() > 64) return false;
      out.writeHead(CborWriter.UNSIGNED, v.longValue());
    } else {
      BigInteger n = v.not(); // -1 - v
      if (n.bitLength() > 64) return false;
      out.writeHead(CborWriter.NEGATIVE, n.longValue());
    }
    return true;
  }

  /** Big-endian unsigned bytes of a non-negative number, without a leading zero byte. */
  private static byte[] magnitude(BigInteger n) {
    byte[] b = n.toByteArray();
    if (b.length > 1 && b[0] == 0) {
      byte[] m = new byte[b.length - 1];
      System.arraycopy(b, 1, m, 0, m.length);
      return m;
    }
    return b;
  }

  /** Plutus's {@code encodeBs}: definite up to 64 bytes, otherwise indefinite 64-byte chunks. */
  private void encodeBytes(byte[] b) {
    if (b.length <= CHUNK) {
      out.writeHead(CborWriter.BYTES, b.length);
      out.writeBytes(b, 0, b.length);
      return;
    }
    out.writeByte(CborWriter.BYTES_INDEFINITE);
    for (int off = 0; off < b.length; off += CHUNK) {
      int n = Math.min(CHUNK, b.length - off);
      out.writeHead(CborWriter.BYTES, n);
      out.writeBytes(b, off, n);
    }
    out.writeByte(CborWriter.BREAK);
  }
}
