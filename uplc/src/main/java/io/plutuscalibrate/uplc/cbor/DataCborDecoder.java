package io.plutuscalibrate.uplc.cbor;

import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.PairConstant;
import io.plutuscalibrate.uplc.core.Type;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * Plutus's {@code decodeData}, iteratively (an explicit stack of open containers, so that deeply
 * nested data cannot overflow the Java stack): see Note [Data CBOR decoding] in {@link DataCbor}.
 * One instance decodes one item.
 */
final class DataCborDecoder {
  private static final long INDEFINITE = -1;
  /** {@link Frame#outer} of a constructor that is not in the tag-102 form. */
  private static final long NOT_EXTENDED = -2;

  private static final byte LIST = 0;
  private static final byte MAP = 1;
  private static final byte CONSTR = 2;

  /** An open container: a list, a map, or the fields of a constructor. */
  private static final class Frame {
    final byte kind;
    /** Items still expected, or {@link #INDEFINITE} when a break ends the container. */
    long remaining;
    final ArrayList<Constant> items;
    final BigInteger tag;
    /** For tag 102: the outer list's length or {@link #INDEFINITE}; else NOT_EXTENDED. */
    final long outer;

    Frame(byte kind, long remaining, BigInteger tag, long outer) {
      this.kind = kind;
      this.remaining = remaining;
      this.items = new ArrayList<>((int) Math.min(remaining < 0 ? 4 : remaining, 16));
      this.tag = tag;
      this.outer = outer;
    }
  }

  /** Internal, stackless; turned into a {@link DataDecodeResult.Failure} at the boundary. */
  private static final class Failed extends RuntimeException {
    final int offset;

    Failed(int offset, String message) {
      super(message, null, false, false);
      this.offset = offset;
    }
  }

  private final byte[] in;
  private final int limit;
  private int pos;

  DataCborDecoder(byte[] in, int from, int to) {
    this.in = in;
    this.pos = from;
    this.limit = to;
  }

  DataDecodeResult decode() {
    try {
      Data d = decodeItem();
      return new DataDecodeResult.Success(d, pos);
    } catch (Failed f) {
      return new DataDecodeResult.Failure(f.offset, f.getMessage());
    }
  }

  private Data decodeItem() {
    ArrayDeque<Frame> stack = new ArrayDeque<>();
    while (true) {
      Frame top = stack.peek();
      if (top != null && isComplete(top)) {
        stack.pop();
        Data d = finish(top);
        if (stack.isEmpty()) return d;
        deliver(stack.peek(), d);
        continue;
      }
      int start = pos;
      int head = peek();
      int major = head >>> 5;
      int info = head & 0x1f;
      Data scalar;
      switch (major) {
        case 0 -> {
          pos++;
          scalar = new Data.I(unsigned(readArgument(info, start)));
        }
        case 1 -> {
          pos++;
          scalar = new Data.I(unsigned(readArgument(info, start)).not());
        }
        case 2 -> scalar = new Data.B(readBoundedBytes());
        case 4 -> {
          stack.push(new Frame(LIST, readListLength(), null, NOT_EXTENDED));
          continue;
        }
        case 5 -> {
          pos++;
          long n = info == 31 ? INDEFINITE : readLength(info, start, "map");
          if (n > Long.MAX_VALUE / 2) throw new Failed(start, "map length too large");
          stack.push(new Frame(MAP, n == INDEFINITE ? INDEFINITE : 2 * n, null, NOT_EXTENDED));
          continue;
        }
        case 6 -> {
          if (head == 0xc2 || head == 0xc3) {
            scalar = new Data.I(readBignum(head == 0xc3));
          } else {
            stack.push(openConstr(start, info));
            continue;
          }
        }
        default -> throw new Failed(start, "unrecognized value: " + describe(head));
      }
      if (top == null) return scalar;
      deliver(top, scalar);
    }
  }

  private boolean isComplete(Frame f) {
    if (f.remaining == INDEFINITE) {
      // Between a map's key and its value a break is not allowed: it is decoded as an item, and
      // rejected as such.
      if (f.kind == MAP && (f.items.size() & 1) != 0) return false;
      if (peek() == CborWriter.BREAK) {
        pos++;
        return true;
      }
      return false;
    }
    return f.remaining == 0;
  }

  private static void deliver(Frame f, Data d) {
    f.items.add(d);
    if (f.remaining > 0) f.remaining--;
  }

  private Data finish(Frame f) {
    switch (f.kind) {
      case LIST:
        return new Data.List(ListConstant.of(Type.DATA, f.items));
      case MAP: {
        ArrayList<PairConstant> pairs = new ArrayList<>(f.items.size() / 2);
        for (int i = 0; i < f.items.size(); i += 2) {
          pairs.add(PairConstant.of(f.items.get(i), f.items.get(i + 1)));
        }
        return new Data.Map(ListConstant.of(Data.PAIR_TYPE, pairs));
      }
      default: {
        if (f.outer == INDEFINITE) {
          if (peek() != CborWriter.BREAK) {
            throw new Failed(pos, "tag 102 constructor: expected exactly two elements");
          }
          pos++;
        } else if (f.outer != NOT_EXTENDED && f.outer != 2) {
          throw new Failed(pos, "tag 102 constructor: expected exactly two elements, the list has "
              + Long.toUnsignedString(f.outer));
        }
        return new Data.Constr(f.tag, ListConstant.of(Type.DATA, f.items));
      }
    }
  }

  /** A constructor's tag and the head of its field list (and the tag-102 wrapper). */
  private Frame openConstr(int start, int info) {
    pos++;
    if (info > 27) throw new Failed(start, "unrecognized value: " + describe(in[start] & 0xff));
    long tag = readArgument(info, start);
    if (tag == 102) {
      long outer = readListLength();
      int at = pos;
      int h = peek();
      if (h >>> 5 != 0 || (h & 0x1f) > 27) {
        throw new Failed(at, "tag 102 constructor: expected an unsigned 64-bit tag, got "
            + describe(h));
      }
      pos++;
      BigInteger index = unsigned(readArgument(h & 0x1f, at));
      return new Frame(CONSTR, readListLength(), index, outer);
    }
    if (tag >= 121 && tag <= 127) {
      return new Frame(CONSTR, readListLength(), BigInteger.valueOf(tag - 121), NOT_EXTENDED);
    }
    if (tag >= 1280 && tag <= 1400) {
      return new Frame(CONSTR, readListLength(), BigInteger.valueOf(tag - 1280 + 7), NOT_EXTENDED);
    }
    throw new Failed(start, "unrecognized tag " + Long.toUnsignedString(tag));
  }

  /** cborg's {@code decodeListLenOrIndef}: a definite length or {@link #INDEFINITE}. */
  private long readListLength() {
    int start = pos;
    int h = peek();
    if (h >>> 5 != 4) throw new Failed(start, "expected a list, got " + describe(h));
    pos++;
    int info = h & 0x1f;
    return info == 31 ? INDEFINITE : readLength(info, start, "list");
  }

  private long readLength(int info, int start, String what) {
    if (info > 27) throw new Failed(start, "malformed " + what + " head " + describe(in[start] & 0xff));
    long n = readArgument(info, start);
    if (n < 0) throw new Failed(start, what + " length too large");
    return n;
  }

  /** A bignum's payload (after tag 2 or 3): a bounded byte string, read as unsigned. */
  private BigInteger readBignum(boolean negative) {
    pos++;
    int at = pos;
    int h = peek();
    if (h >>> 5 != 2 || ((h & 0x1f) > 27 && h != CborWriter.BYTES_INDEFINITE)) {
      throw new Failed(at, "bignum must contain a byte string, got " + describe(h));
    }
    BigInteger n = new BigInteger(1, readBoundedBytes());
    return negative ? n.not() : n;
  }

  /**
   * A byte string at {@code pos}: definite, or indefinite with definite chunks. Every definite
   * string must be at most 64 bytes: see Note [Data CBOR decoding].
   */
  private byte[] readBoundedBytes() {
    int start = pos;
    int h = peek();
    if (h == CborWriter.BYTES_INDEFINITE) {
      pos++;
      byte[] acc = new byte[0];
      int size = 0;
      while (peek() != CborWriter.BREAK) {
        int len = readDefiniteChunk();
        if (size + len > acc.length) acc = Arrays.copyOf(acc, Math.max(2 * acc.length, size + len));
        System.arraycopy(in, pos - len, acc, size, len);
        size += len;
      }
      pos++;
      return size == acc.length ? acc : Arrays.copyOf(acc, size);
    }
    if (h >>> 5 != 2) throw new Failed(start, "expected bytes, got " + describe(h));
    int len = readDefiniteChunk();
    return Arrays.copyOfRange(in, pos - len, pos);
  }

  /** Reads a definite byte-string head and skips its payload; returns the payload length. */
  private int readDefiniteChunk() {
    int start = pos;
    int h = peek();
    int info = h & 0x1f;
    if (h >>> 5 != 2 || info > 27) throw new Failed(start, "expected bytes, got " + describe(h));
    pos++;
    long len = readArgument(info, start);
    if (len < 0 || len > limit - pos) throw new Failed(start, "end of input");
    if (len > DataCbor.MAX_CHUNK) throw new Failed(start, "byte string exceeds 64 bytes");
    pos += (int) len;
    return (int) len;
  }

  /** The argument of a head whose first byte (already consumed) had additional info {@code info}. */
  private long readArgument(int info, int start) {
    if (info < 24) return info;
    int n;
    switch (info) {
      case 24 -> n = 1;
      case 25 -> n = 2;
      case 26 -> n = 4;
      case 27 -> n = 8;
      default -> throw new Failed(start, "unrecognized value: " + describe(in[start] & 0xff));
    }
    if (limit - pos < n) throw new Failed(start, "end of input");
    long v = 0;
    for (int i = 0; i < n; i++) v = (v << 8) | (in[pos++] & 0xff);
    return v;
  }

  private int peek() {
    if (pos >= limit) throw new Failed(pos, "end of input");
    return in[pos] & 0xff;
  }

  private static BigInteger unsigned(long v) {
    return v >= 0 ? BigInteger.valueOf(v) : BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64));
  }

  private static String describe(int head) {
    String kind = switch (head >>> 5) {
      case 0 -> "unsigned integer";
      case 1 -> "negative integer";
      case 2 -> "byte string";
      case 3 -> "text string";
      case 4 -> "array";
      case 5 -> "map";
      case 6 -> "tag";
      default -> head == 0xff ? "break" : "simple value or float";
    };
    return String.format("%s (initial byte 0x%02x)", kind, head);
  }
}
