package io.plutuscalibrate.uplc.text;

import io.plutuscalibrate.uplc.core.ArrayConstant;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.G1Constant;
import io.plutuscalibrate.uplc.core.G2Constant;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.PairConstant;
import io.plutuscalibrate.uplc.core.StringConstant;
import io.plutuscalibrate.uplc.core.Term;
import io.plutuscalibrate.uplc.core.Type;
import io.plutuscalibrate.uplc.core.UnitConstant;
import io.plutuscalibrate.uplc.core.ValueConstant;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import supranational.blst.P1;
import supranational.blst.P2;

/** Random closed terms, types and constants of every printable kind, for round-trip properties. */
final class RandomTerms {
  /** Name hints that collide, shadow, need quoting, or are not names at all. */
  private static final String[] HINTS = {
    "x", "y", "x", "x_1", "i", "i_1", "free_1", "a'b", "_", "a-b", "+", "λ", "", null, "con", "lam"
  };
  private static final DefaultFun[] FUNS = DefaultFun.plutusBuiltins().toArray(new DefaultFun[0]);

  private final Random random;

  RandomTerms(long seed) {
    this.random = new Random(seed);
  }

  Term term(int binders, int depth) {
    int choice = random.nextInt(depth <= 0 ? 4 : 11);
    switch (choice) {
      case 0:
        if (binders > 0) return new Term.Var(1 + random.nextInt(binders));
        return new Term.Builtin(FUNS[random.nextInt(FUNS.length)]);
      case 1:
        return new Term.Const(constant(type(2), 2));
      case 2:
        return new Term.Builtin(FUNS[random.nextInt(FUNS.length)]);
      case 3:
        return Term.Error.INSTANCE;
      case 4:
      case 5:
        return new Term.Lam(HINTS[random.nextInt(HINTS.length)], term(binders + 1, depth - 1));
      case 6:
        return new Term.Apply(term(binders, depth - 1), term(binders, depth - 1));
      case 7:
        return new Term.Force(term(binders, depth - 1));
      case 8:
        return new Term.Delay(term(binders, depth - 1));
      case 9: {
        long tag = random.nextBoolean() ? random.nextInt(5) : random.nextLong();
        return new Term.Constr(tag, terms(binders, depth - 1));
      }
      default:
        return new Term.Case(term(binders, depth - 1), terms(binders, depth - 1));
    }
  }

  private List<Term> terms(int binders, int depth) {
    List<Term> ts = new ArrayList<>();
    for (int n = random.nextInt(4); n > 0; n--) ts.add(term(binders, depth));
    return ts;
  }

  Type type(int depth) {
    int choice = random.nextInt(depth <= 0 ? 10 : 13);
    return switch (choice) {
      case 0 -> Type.INTEGER;
      case 1 -> Type.BYTESTRING;
      case 2 -> Type.STRING;
      case 3 -> Type.UNIT;
      case 4 -> Type.BOOL;
      case 5, 6 -> Type.DATA;
      case 7 -> Type.VALUE;
      case 8 -> Type.G1;
      case 9 -> Type.G2;
      case 10 -> Type.list(type(depth - 1));
      case 11 -> Type.array(type(depth - 1));
      default -> Type.pair(type(depth - 1), type(depth - 1));
    };
  }

  Constant constant(Type type, int depth) {
    if (type instanceof Type.ListOf l) {
      return ListConstant.of(l.element(), constants(l.element(), depth));
    }
    if (type instanceof Type.ArrayOf a) {
      return ArrayConstant.of(a.element(), constants(a.element(), depth));
    }
    if (type instanceof Type.PairOf p) {
      return PairConstant.of(constant(p.first(), depth), constant(p.second(), depth));
    }
    return switch (((Type.Atomic) type).kind()) {
      case INTEGER -> IntegerConstant.of(integer());
      case BYTESTRING -> ByteStringConstant.of(bytes(6));
      case STRING -> StringConstant.of(string());
      case UNIT -> UnitConstant.UNIT;
      case BOOL -> BoolConstant.of(random.nextBoolean());
      case DATA -> data(depth + 1);
      case VALUE -> value();
      case BLS12_381_G1_ELEMENT -> G1Constant.of(random.nextInt(8) == 0
          ? P1.generator().mult(BigInteger.ZERO)
          : P1.generator().mult(BigInteger.valueOf(random.nextInt(1000) + 1)));
      case BLS12_381_G2_ELEMENT -> G2Constant.of(random.nextInt(8) == 0
          ? P2.generator().mult(BigInteger.ZERO)
          : P2.generator().mult(BigInteger.valueOf(random.nextInt(1000) + 1)));
      case BLS12_381_ML_RESULT -> throw new IllegalArgumentException("no literals");
    };
  }

  private List<Constant> constants(Type element, int depth) {
    List<Constant> cs = new ArrayList<>();
    for (int n = depth <= 0 ? 0 : random.nextInt(4); n > 0; n--) cs.add(constant(element, depth - 1));
    return cs;
  }

  Data data(int depth) {
    int choice = random.nextInt(depth <= 0 ? 2 : 5);
    switch (choice) {
      case 0:
        return Data.integer(integer());
      case 1:
        return Data.bytes(bytes(5));
      case 2: {
        List<PairConstant> entries = new ArrayList<>();
        for (int n = random.nextInt(3); n > 0; n--) {
          entries.add(PairConstant.of(data(depth - 1), data(depth - 1)));
        }
        return Data.map(entries);
      }
      case 3:
        return Data.list(datas(depth - 1));
      default:
        return Data.constr(integer(), datas(depth - 1));
    }
  }

  private List<Data> datas(int depth) {
    List<Data> ds = new ArrayList<>();
    for (int n = random.nextInt(3); n > 0; n--) ds.add(data(depth));
    return ds;
  }

  private ValueConstant value() {
    List<ValueConstant.Currency> currencies = new ArrayList<>();
    ByteStringConstant[] keys = sortedDistinctKeys(random.nextInt(4));
    for (ByteStringConstant currency : keys) {
      List<ValueConstant.Token> tokens = new ArrayList<>();
      ByteStringConstant[] names = sortedDistinctKeys(1 + random.nextInt(3));
      for (ByteStringConstant name : names) {
        BigInteger q = switch (random.nextInt(4)) {
          case 0 -> ValueConstant.MAX_QUANTITY;
          case 1 -> ValueConstant.MIN_QUANTITY;
          default -> BigInteger.valueOf(random.nextInt(2001) - 1000);
        };
        tokens.add(new ValueConstant.Token(name, q.signum() == 0 ? BigInteger.ONE : q));
      }
      currencies.add(new ValueConstant.Currency(currency, tokens));
    }
    return ValueConstant.fromEntries(currencies);
  }

  private ByteStringConstant[] sortedDistinctKeys(int n) {
    java.util.TreeSet<ByteStringConstant> keys = new java.util.TreeSet<>();
    while (keys.size() < n) {
      keys.add(ByteStringConstant.of(bytes(random.nextInt(10) == 0 ? 32 : random.nextInt(4))));
    }
    return keys.toArray(new ByteStringConstant[0]);
  }

  private BigInteger integer() {
    return switch (random.nextInt(3)) {
      case 0 -> BigInteger.valueOf(random.nextInt(21) - 10);
      case 1 -> BigInteger.valueOf(random.nextLong());
      default -> new BigInteger(1 + random.nextInt(300), random).multiply(
          BigInteger.valueOf(random.nextBoolean() ? 1 : -1));
    };
  }

  private byte[] bytes(int maxLength) {
    byte[] b = new byte[random.nextInt(maxLength + 1)];
    random.nextBytes(b);
    return b;
  }

  private String string() {
    StringBuilder sb = new StringBuilder();
    for (int n = random.nextInt(8); n > 0; n--) {
      int cp = random.nextBoolean() ? random.nextInt(0x100) : random.nextInt(Character.MAX_CODE_POINT + 1);
      if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) cp = '?';
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }
}
