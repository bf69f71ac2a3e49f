package io.plutuscalibrate.uplc.text;

import io.plutuscalibrate.uplc.core.ArrayConstant;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.PairConstant;
import io.plutuscalibrate.uplc.core.StringConstant;
import io.plutuscalibrate.uplc.core.Type;
import io.plutuscalibrate.uplc.core.UnitConstant;
import io.plutuscalibrate.uplc.core.ValueConstant;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Types and constants: what follows {@code con} in {@code (con type value)}, as Plutus's
 * {@code PlutusCore.Parser.Builtin} and {@code PlutusCore.Parser.Type} read it. Every parser here
 * consumes the whitespace after what it reads (Note [Lexing as Plutus does] in {@link Cursor}).
 *
 * <p>Note [Constant syntax]: integers are decimal with an optional {@code +} or {@code -}, which
 * may be followed by whitespace; bytestrings are {@code #} and an even number of hex digits of
 * either case; strings see Note [String escapes]; {@code ()}, {@code True}, {@code False}; lists
 * and arrays {@code [a, b]}; pairs {@code (a, b)}; data {@code Constr i [d, ...]}, {@code Map [(k,
 * v), ...]}, {@code List [d, ...]}, {@code I i}, {@code B #..}, in parentheses directly under
 * {@code con} and without them inside lists and pairs; values {@code [(#currency, [(#token, q),
 * ...]), ...]} in canonical form (keys of at most 32 bytes, strictly ascending, no empty token
 * list, quantities non-zero and within signed 128 bits); group elements {@code 0x} and the
 * compressed point. {@code bls12_381_mlresult} is a type but has no constants.
 */
final class ConstantParser {
  private static final String TYPE_NAMES = "type name (integer, bytestring, string, unit, bool, list,"
      + " array, pair, data, value, bls12_381_G1_element, bls12_381_G2_element, bls12_381_mlresult,"
      + " or a type application in parentheses)";

  private final Cursor in;

  ConstantParser(Cursor in) {
    this.in = in;
  }

  /** {@code type value}, as after {@code con}. */
  Constant typedConstant() {
    int at = in.pos();
    TypeExpr t = type();
    if (!t.complete()) {
      throw in.failAt(at, "the type '" + t + "' lacks arguments: a constant needs a type of kind *");
    }
    return constantOf(t.type(), true);
  }

  // ---- types ----

  /**
   * A type expression, possibly a partially applied operator: Plutus kind-checks builtin type
   * applications while parsing, so {@code ((pair integer) bool)} is a type but {@code (pair
   * integer)} alone is not.
   */
  private record TypeExpr(Type type, String operator, List<Type> args, int arity) {
    static TypeExpr of(Type type) {
      return new TypeExpr(type, null, List.of(), 0);
    }

    static TypeExpr operator(String name, int arity) {
      return new TypeExpr(null, name, List.of(), arity);
    }

    boolean complete() {
      return type != null;
    }

    TypeExpr apply(Type arg) {
      List<Type> all = new ArrayList<>(args);
      all.add(arg);
      if (all.size() < arity) return new TypeExpr(null, operator, List.copyOf(all), arity);
      return of(switch (operator) {
        case "list" -> Type.list(all.get(0));
        case "array" -> Type.array(all.get(0));
        case "pair" -> Type.pair(all.get(0), all.get(1));
        default -> throw new IllegalStateException(operator);
      });
    }

    @Override
    public String toString() {
      if (type != null) return type.toString();
      if (args.isEmpty()) return operator;
      StringBuilder sb = new StringBuilder("(").append(operator);
      for (Type a : args) sb.append(' ').append(a);
      return sb.append(')').toString();
    }
  }

  private TypeExpr type() {
    if (in.peek() == '(') {
      in.next();
      in.skipWhitespace();
      TypeExpr head = type();
      while (startsType()) {
        int at = in.pos();
        TypeExpr arg = type();
        if (head.complete()) {
          throw in.failAt(at, "kind error: the type '" + head + "' takes no (more) arguments");
        }
        if (!arg.complete()) {
          throw in.failAt(at, "kind error: the argument '" + arg + "' of '" + head
              + "' lacks arguments");
        }
        head = head.apply(arg.type());
      }
      in.expect(')', "closing parenthesis ')' or another type argument");
      in.skipWhitespace();
      return head;
    }
    if (in.trySymbol("integer")) return TypeExpr.of(Type.INTEGER);
    if (in.trySymbol("bytestring")) return TypeExpr.of(Type.BYTESTRING);
    if (in.trySymbol("string")) return TypeExpr.of(Type.STRING);
    if (in.trySymbol("unit")) return TypeExpr.of(Type.UNIT);
    if (in.trySymbol("bool")) return TypeExpr.of(Type.BOOL);
    if (in.trySymbol("list")) return TypeExpr.operator("list", 1);
    if (in.trySymbol("array")) return TypeExpr.operator("array", 1);
    if (in.trySymbol("pair")) return TypeExpr.operator("pair", 2);
    if (in.trySymbol("data")) return TypeExpr.of(Type.DATA);
    if (in.trySymbol("bls12_381_G1_element")) return TypeExpr.of(Type.G1);
    if (in.trySymbol("bls12_381_G2_element")) return TypeExpr.of(Type.G2);
    if (in.trySymbol("bls12_381_mlresult")) return TypeExpr.of(Type.ML_RESULT);
    if (in.trySymbol("value")) return TypeExpr.of(Type.VALUE);
    throw in.expected(TYPE_NAMES);
  }

  private static final String[] TYPE_STARTS = {
    "(", "integer", "bytestring", "string", "unit", "bool", "list", "array", "pair", "data",
    "bls12_381_G1_element", "bls12_381_G2_element", "bls12_381_mlresult", "value"
  };

  private boolean startsType() {
    for (String s : TYPE_STARTS) {
      if (in.startsWith(s)) return true;
    }
    return false;
  }

  // ---- constants ----

  /**
   * A constant of the given type. {@code topLevel} is whether it stands directly under {@code
   * con}, where data needs parentheses (Plutus's {@code ExpectParens}).
   */
  Constant constantOf(Type type, boolean topLevel) {
    if (type instanceof Type.ListOf l) {
      return ListConstant.of(l.element(), listOf(l.element()));
    }
    if (type instanceof Type.ArrayOf a) {
      return ArrayConstant.of(a.element(), listOf(a.element()));
    }
    if (type instanceof Type.PairOf p) {
      in.expect('(', "opening parenthesis '(' of a pair of type " + type);
      in.skipWhitespace();
      Constant first = constantOf(p.first(), false);
      in.expect(',', "',' between the components of a pair");
      in.skipWhitespace();
      Constant second = constantOf(p.second(), false);
      in.expect(')', "closing parenthesis ')' of a pair");
      in.skipWhitespace();
      return PairConstant.of(first, second);
    }
    Type.Kind kind = ((Type.Atomic) type).kind();
    return switch (kind) {
      case INTEGER -> IntegerConstant.of(integer());
      case BYTESTRING -> ByteStringConstant.wrap(bytestring());
      case STRING -> {
        String s = StringLiterals.read(in);
        in.skipWhitespace();
        yield StringConstant.of(s);
      }
      case UNIT -> {
        in.expect('(', "unit constant ()");
        in.skipWhitespace();
        in.expect(')', "closing parenthesis ')' of the unit constant ()");
        in.skipWhitespace();
        yield UnitConstant.UNIT;
      }
      case BOOL -> {
        if (in.trySymbol("True")) yield BoolConstant.TRUE;
        if (in.trySymbol("False")) yield BoolConstant.FALSE;
        throw in.expected("True or False");
      }
      case DATA -> topLevel ? parenthesizedData() : data();
      case VALUE -> value();
      case BLS12_381_G1_ELEMENT -> BlsPoints.g1(in, in.pos(), hex0x());
      case BLS12_381_G2_ELEMENT -> BlsPoints.g2(in, in.pos(), hex0x());
      case BLS12_381_ML_RESULT -> throw in.failAt(in.pos(),
          "constants of type bls12_381_mlresult are not supported");
    };
  }

  /** {@code [c, c, ...]}, each element of type {@code element}. */
  private List<Constant> listOf(Type element) {
    List<Constant> items = new ArrayList<>();
    in.expect('[', "opening bracket '[' of a list of " + element);
    in.skipWhitespace();
    if (in.peek() != ']') {
      items.add(constantOf(element, false));
      while (in.peek() == ',') {
        in.next();
        in.skipWhitespace();
        items.add(constantOf(element, false));
      }
    }
    in.expect(']', "',' or closing bracket ']'");
    in.skipWhitespace();
    return items;
  }

  /** A decimal integer with an optional sign, which may be followed by whitespace. */
  BigInteger integer() {
    boolean negative = false;
    if (in.peek() == '+' || in.peek() == '-') {
      negative = in.next() == '-';
      in.skipWhitespace();
    }
    if (!Cursor.isDigit(in.peek())) throw in.expected("integer (decimal digits, optionally signed)");
    BigInteger n = new BigInteger(in.digits());
    in.skipWhitespace();
    return negative ? n.negate() : n;
  }

  /** {@code #} and pairs of hex digits. */
  private byte[] bytestring() {
    in.expect('#', "bytestring literal (# followed by hex digits)");
    byte[] bytes = hexBytes();
    in.skipWhitespace();
    return bytes;
  }

  /** {@code 0x} and pairs of hex digits, for group elements. */
  private byte[] hex0x() {
    if (!in.tryConsume("0x")) throw in.expected("0x followed by the hex digits of a compressed point");
    byte[] bytes = hexBytes();
    in.skipWhitespace();
    return bytes;
  }

  private byte[] hexBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (hexDigit(in.peek()) >= 0) {
      int high = hexDigit(in.next());
      int low = hexDigit(in.peek());
      if (low < 0) throw in.expected("a second hex digit (bytes are written as pairs of hex digits)");
      in.next();
      out.write(high * 16 + low);
    }
    return out.toByteArray();
  }

  private static int hexDigit(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  // ---- data ----

  private Data parenthesizedData() {
    in.expect('(', "opening parenthesis '(' around a data constant");
    in.skipWhitespace();
    Data d = data();
    in.expect(')', "closing parenthesis ')' after a data constant");
    in.skipWhitespace();
    return d;
  }

  private Data data() {
    if (in.trySymbol("Constr")) {
      BigInteger tag = integer();
      return Data.constr(tag, dataList());
    }
    if (in.trySymbol("Map")) {
      List<PairConstant> entries = new ArrayList<>();
      for (Constant c : listOf(Data.PAIR_TYPE)) entries.add((PairConstant) c);
      return Data.map(entries);
    }
    if (in.trySymbol("List")) return Data.list(dataList());
    if (in.trySymbol("I")) return Data.integer(integer());
    if (in.trySymbol("B")) return new Data.B(bytestring());
    throw in.expected("data constructor (Constr, Map, List, I or B)");
  }

  private List<Data> dataList() {
    List<Data> items = new ArrayList<>();
    for (Constant c : listOf(Type.DATA)) items.add((Data) c);
    return items;
  }

  // ---- value ----

  /** A value literal; see Note [Constant syntax] and {@link ValueConstant#fromEntries}. */
  private Constant value() {
    List<ValueConstant.Currency> currencies = new ArrayList<>();
    in.expect('[', "opening bracket '[' of a value");
    in.skipWhitespace();
    if (in.peek() != ']') {
      currencies.add(currency(null));
      while (in.peek() == ',') {
        in.next();
        in.skipWhitespace();
        currencies.add(currency(currencies.get(currencies.size() - 1).symbol()));
      }
    }
    in.expect(']', "',' or closing bracket ']' of a value");
    in.skipWhitespace();
    return ValueConstant.fromEntries(currencies);
  }

  private ValueConstant.Currency currency(ByteStringConstant previous) {
    in.expect('(', "opening parenthesis '(' of a (currency, tokens) entry");
    in.skipWhitespace();
    ByteStringConstant symbol = key("currency", previous);
    in.expect(',', "',' after the currency symbol");
    in.skipWhitespace();
    int tokensAt = in.pos();
    List<ValueConstant.Token> tokens = new ArrayList<>();
    in.expect('[', "opening bracket '[' of a token list");
    in.skipWhitespace();
    if (in.peek() != ']') {
      tokens.add(token(null));
      while (in.peek() == ',') {
        in.next();
        in.skipWhitespace();
        tokens.add(token(tokens.get(tokens.size() - 1).name()));
      }
    }
    in.expect(']', "',' or closing bracket ']' of a token list");
    in.skipWhitespace();
    if (tokens.isEmpty()) {
      throw in.failAt(tokensAt, "empty token list not allowed in a value");
    }
    in.expect(')', "closing parenthesis ')' of a (currency, tokens) entry");
    in.skipWhitespace();
    return new ValueConstant.Currency(symbol, tokens);
  }

  private ValueConstant.Token token(ByteStringConstant previous) {
    in.expect('(', "opening parenthesis '(' of a (token, quantity) entry");
    in.skipWhitespace();
    ByteStringConstant name = key("token", previous);
    in.expect(',', "',' after the token name");
    in.skipWhitespace();
    int at = in.pos();
    BigInteger quantity = integer();
    if (quantity.signum() == 0) {
      throw in.failAt(at, "token quantities of zero are not allowed in a value");
    }
    if (quantity.compareTo(ValueConstant.MIN_QUANTITY) < 0
        || quantity.compareTo(ValueConstant.MAX_QUANTITY) > 0) {
      throw in.failAt(at, "quantity out of bounds: a value holds signed 128-bit quantities");
    }
    in.expect(')', "closing parenthesis ')' of a (token, quantity) entry");
    in.skipWhitespace();
    return new ValueConstant.Token(name, quantity);
  }

  /** A currency symbol or token name: at most 32 bytes, after {@code previous} if any. */
  private ByteStringConstant key(String what, ByteStringConstant previous) {
    int at = in.pos();
    ByteStringConstant key = ByteStringConstant.wrap(bytestring());
    if (key.length() > ValueConstant.MAX_KEY_LENGTH) {
      throw in.failAt(at, what + " ID too long: " + key.length() + " bytes, at most "
          + ValueConstant.MAX_KEY_LENGTH + " allowed");
    }
    if (previous != null && previous.compareTo(key) >= 0) {
      throw in.failAt(at, what + " IDs must be strictly ascending: " + key + " does not follow "
          + previous);
    }
    return key;
  }
}
