package io.plutuscalibrate.uplc.core;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The {@code data} type: Plutus's {@code Data}, {@code Constr tag [Data] | Map [(Data, Data)] |
 * List [Data] | I Integer | B ByteString}. A Data value is itself a constant.
 *
 * <p>Note [Data holds builtin lists]: the fields of {@code Constr}, the entries of {@code Map} and
 * the items of {@code List} are held as {@link ListConstant}s (of {@code data}, of
 * {@code (pair data data)}, and of {@code data}), so that {@code unConstrData}, {@code unMapData}
 * and {@code unListData} return them without copying, in constant time, as their cost models
 * assume.
 */
public abstract sealed class Data extends Constant {
  public static final Type PAIR_TYPE = Type.pair(Type.DATA, Type.DATA);

  private Data() {}

  @Override
  public Type type() {
    return Type.DATA;
  }

  public static Data constr(BigInteger tag, java.util.List<Data> fields) {
    return new Constr(tag, ListConstant.of(Type.DATA, fields));
  }

  public static Data map(java.util.List<PairConstant> entries) {
    return new Map(ListConstant.of(PAIR_TYPE, entries));
  }

  public static Data list(java.util.List<Data> items) {
    return new List(ListConstant.of(Type.DATA, items));
  }

  public static Data integer(BigInteger value) {
    return new I(value);
  }

  public static Data bytes(byte[] value) {
    return new B(value.clone());
  }

  /** {@code Constr tag fields}; fields is a list of data. */
  public static final class Constr extends Data {
    public final BigInteger tag;
    public final ListConstant fields;

    public Constr(BigInteger tag, ListConstant fields) {
      this.tag = Objects.requireNonNull(tag);
      this.fields = Objects.requireNonNull(fields);
    }

    @Override public boolean equals(Object o) {
      return o instanceof Constr c && c.tag.equals(tag) && c.fields.equals(fields);
    }
    @Override public int hashCode() { return 31 * tag.hashCode() + fields.hashCode(); }
    @Override public String toString() { return "Constr " + tag + " " + fields; }
  }

  /** {@code Map entries}; entries is a list of {@code (pair data data)}. */
  public static final class Map extends Data {
    public final ListConstant entries;

    public Map(ListConstant entries) {
      this.entries = Objects.requireNonNull(entries);
    }

    @Override public boolean equals(Object o) { return o instanceof Map m && m.entries.equals(entries); }
    @Override public int hashCode() { return 37 + entries.hashCode(); }
    @Override public String toString() { return "Map " + entries; }
  }

  /** {@code List items}; items is a list of data. */
  public static final class List extends Data {
    public final ListConstant items;

    public List(ListConstant items) {
      this.items = Objects.requireNonNull(items);
    }

    @Override public boolean equals(Object o) { return o instanceof List l && l.items.equals(items); }
    @Override public int hashCode() { return 41 + items.hashCode(); }
    @Override public String toString() { return "List " + items; }
  }

  /** {@code I n}. */
  public static final class I extends Data {
    public final BigInteger value;

    public I(BigInteger value) {
      this.value = Objects.requireNonNull(value);
    }

    @Override public boolean equals(Object o) { return o instanceof I i && i.value.equals(value); }
    @Override public int hashCode() { return 43 + value.hashCode(); }
    @Override public String toString() { return "I " + value; }
  }

  /** {@code B bytes}; the array is never modified. */
  public static final class B extends Data {
    private final byte[] value;

    /** Takes ownership of {@code value}; see {@link ByteStringConstant#wrap}. */
    public B(byte[] value) {
      this.value = Objects.requireNonNull(value);
    }

    /** The bytes; callers must not modify the array. */
    public byte[] value() {
      return value;
    }

    @Override public boolean equals(Object o) { return o instanceof B b && Arrays.equals(b.value, value); }
    @Override public int hashCode() { return 47 + Arrays.hashCode(value); }
    @Override public String toString() { return "B #" + HexFormat.of().formatHex(value); }
  }
}
