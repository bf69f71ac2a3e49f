package io.plutuscalibrate.uplc.flat;

import io.plutuscalibrate.uplc.cbor.DataCbor;
import io.plutuscalibrate.uplc.cbor.DataDecodeResult;
import io.plutuscalibrate.uplc.core.ArrayConstant;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.PairConstant;
import io.plutuscalibrate.uplc.core.StringConstant;
import io.plutuscalibrate.uplc.core.Type;
import io.plutuscalibrate.uplc.core.UnitConstant;
import io.plutuscalibrate.uplc.core.ValueConstant;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Decodes the payload of a {@code con} term: its type as a list of 4-bit tags (see
 * {@link UniTags}), then a value of that type, as Plutus's {@code Flat (Some (ValueOf uni))}.
 * See Note [Flat constants] in {@link Flat}.
 */
final class ConstantDecoder {
  /** Plutus's {@code maxKeyLen}: currency symbols and token names are at most 32 bytes. */
  private static final int MAX_VALUE_KEY = 32;
  private static final BigInteger QUANTITY_MAX = BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE);
  private static final BigInteger QUANTITY_MIN = BigInteger.ONE.shiftLeft(127).negate();

  private final FlatReader in;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();

  // The type tags being parsed: see parseType.
  private int[] tags = new int[8];
  private int tagCount;
  private int tagIndex;

  ConstantDecoder(FlatReader in) {
    this.in = in;
  }

  Constant constant() {
    long start = in.bitOffset();
    Type type = type(start);
    return value(type);
  }

  private Type type(long start) {
    tagCount = 0;
    while (in.bit()) {
      if (tagCount == tags.length) tags = Arrays.copyOf(tags, 2 * tagCount);
      tags[tagCount++] = in.nibble("a type tag");
    }
    tagIndex = 0;
    Object t = parseType(start);
    if (tagIndex != tagCount) {
      throw new FlatFailure(start, "failed to decode a universe: " + (tagCount - tagIndex)
          + " type tag(s) left over in " + tagList());
    }
    if (!(t instanceof Type type)) {
      throw new FlatFailure(start, "a non-star type can't have a value to decode: " + tagList());
    }
    return type;
  }

  /** A type operator, possibly applied to its first argument (pair). */
  private record Operator(int tag, Type first) {}

  private Object parseType(long start) {
    if (tagIndex >= tagCount) {
      throw new FlatFailure(start, "failed to decode a universe: type tags end early in " + tagList());
    }
    int tag = tags[tagIndex++];
    Type atomic = UniTags.atomic(tag);
    if (atomic != null) return atomic;
    switch (tag) {
      case UniTags.PROTO_LIST, UniTags.PROTO_PAIR, UniTags.PROTO_ARRAY:
        return new Operator(tag, null);
      case UniTags.APPLY: {
        Object f = parseType(start);
        Object a = parseType(start);
        if (f instanceof Operator op && a instanceof Type arg) {
          switch (op.tag()) {
            case UniTags.PROTO_LIST:
              return Type.list(arg);
            case UniTags.PROTO_ARRAY:
              return Type.array(arg);
            default:
              return op.first() == null ? new Operator(op.tag(), arg) : Type.pair(op.first(), arg);
          }
        }
        throw new FlatFailure(start, "failed to decode a universe: ill-kinded application in "
            + tagList());
      }
      default:
        throw new FlatFailure(start, "failed to decode a universe: unknown type tag " + tag);
    }
  }

  private String tagList() {
    return Arrays.toString(Arrays.copyOf(tags, tagCount));
  }

  private Constant value(Type type) {
    if (type instanceof Type.Atomic a) {
      return switch (a.kind()) {
        case INTEGER -> in.integer();
        case BYTESTRING -> ByteStringConstant.wrap(in.byteString());
        case STRING -> string();
        case UNIT -> UnitConstant.UNIT;
        case BOOL -> BoolConstant.of(in.bit());
        case DATA -> data();
        case VALUE -> value();
        case BLS12_381_G1_ELEMENT -> throw in.failure("Flat decoding is not supported for objects"
            + " of type bls12_381_G1_element: use bls12_381_G1_uncompress on a bytestring instead.");
        case BLS12_381_G2_ELEMENT -> throw in.failure("Flat decoding is not supported for objects"
            + " of type bls12_381_G2_element: use bls12_381_G2_uncompress on a bytestring instead.");
        case BLS12_381_ML_RESULT -> throw in.failure(
            "Flat decoding is not supported for objects of type bls12_381_mlresult");
      };
    }
    if (type instanceof Type.ListOf l) {
      return ListConstant.of(l.element(), items(l.element()));
    }
    if (type instanceof Type.ArrayOf a) {
      return ArrayConstant.of(a.element(), items(a.element()));
    }
    Type.PairOf p = (Type.PairOf) type;
    Constant first = value(p.first());
    return PairConstant.of(first, value(p.second()));
  }

  /** flat's list: each element preceded by a 1 bit, the end by a 0 bit. */
  private List<Constant> items(Type element) {
    List<Constant> out = new ArrayList<>();
    while (in.bit()) out.add(value(element));
    return out;
  }

  private Constant string() {
    long start = in.bitOffset();
    byte[] bytes = in.byteString();
    try {
      return StringConstant.of(utf8.decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      throw new FlatFailure(start, "string constant: input contains invalid UTF-8 data");
    }
  }

  /** A bytestring holding the CBOR of the datum; bytes after the datum are ignored, as cborg does. */
  private Constant data() {
    long start = in.bitOffset();
    byte[] bytes = in.byteString();
    DataDecodeResult r = DataCbor.decodePrefix(bytes, 0, bytes.length);
    if (r instanceof DataDecodeResult.Failure f) {
      throw new FlatFailure(start, "data constant: CBOR decoding failed at byte " + f.offset()
          + " of its " + bytes.length + " bytes: " + f.message());
    }
    return ((DataDecodeResult.Success) r).data();
  }

  /**
   * Plutus's {@code Flat Value}: a list of (currency, list of (token, quantity)), keys at most 32
   * bytes and quantities signed 128-bit, then {@code buildValueWith}'s checks: keys strictly
   * ascending, no empty inner map, no zero quantity.
   */
  private Constant value() {
    long start = in.bitOffset();
    List<ByteStringConstant> currencies = new ArrayList<>();
    List<List<Object[]>> inners = new ArrayList<>();
    while (in.bit()) {
      currencies.add(valueKey());
      List<Object[]> inner = new ArrayList<>();
      while (in.bit()) {
        ByteStringConstant token = valueKey();
        long at = in.bitOffset();
        BigInteger q = in.integer().value();
        if (q.compareTo(QUANTITY_MIN) < 0 || q.compareTo(QUANTITY_MAX) > 0) {
          throw new FlatFailure(at, "Quantity out of signed 128-bit integer bounds: " + q);
        }
        inner.add(new Object[] {token, q});
      }
      inners.add(inner);
    }
    NavigableMap<ByteStringConstant, NavigableMap<ByteStringConstant, BigInteger>> outer = new TreeMap<>();
    ByteStringConstant prevCurrency = null;
    for (int i = 0; i < currencies.size(); i++) {
      ByteStringConstant c = currencies.get(i);
      if (prevCurrency != null && prevCurrency.compareTo(c) >= 0) {
        throw new FlatFailure(start, "Value Flat decoder: currency symbols not strictly ascending");
      }
      prevCurrency = c;
      TreeMap<ByteStringConstant, BigInteger> tokens = new TreeMap<>();
      ByteStringConstant prevToken = null;
      for (Object[] e : inners.get(i)) {
        ByteStringConstant t = (ByteStringConstant) e[0];
        BigInteger q = (BigInteger) e[1];
        if (prevToken != null && prevToken.compareTo(t) >= 0) {
          throw new FlatFailure(start, "Value Flat decoder: token names not strictly ascending");
        }
        if (q.signum() == 0) throw new FlatFailure(start, "Value Flat decoder: zero quantity");
        prevToken = t;
        tokens.put(t, q);
      }
      if (tokens.isEmpty()) throw new FlatFailure(start, "Value Flat decoder: empty inner map");
      outer.put(c, Collections.unmodifiableNavigableMap(tokens));
    }
    return ValueConstant.of(outer);
  }

  private ByteStringConstant valueKey() {
    long at = in.bitOffset();
    byte[] b = in.byteString();
    if (b.length > MAX_VALUE_KEY) {
      throw new FlatFailure(at, "Invalid Value key: " + b.length + " bytes, at most "
          + MAX_VALUE_KEY + " allowed");
    }
    return ByteStringConstant.wrap(b);
  }
}
