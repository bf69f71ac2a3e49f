package io.plutuscalibrate.uplc.flat;

import io.plutuscalibrate.uplc.cbor.RandomData;
import io.plutuscalibrate.uplc.core.ArrayConstant;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.PairConstant;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.core.StringConstant;
import io.plutuscalibrate.uplc.core.Term;
import io.plutuscalibrate.uplc.core.Type;
import io.plutuscalibrate.uplc.core.UnitConstant;
import io.plutuscalibrate.uplc.core.ValueConstant;
import io.plutuscalibrate.uplc.core.Version;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;

/** Random programs with every flat-encodable kind of term and constant, for property tests. */
final class RandomPrograms {
  private final Random rnd;
  private final RandomData data;

  RandomPrograms(long seed) {
    this.data = new RandomData(seed);
    this.rnd = data.random();
  }

  Program program() {
    Version v = rnd.nextInt(4) == 0 ? Version.V1_0_0
        : new Version(1, 1 + rnd.nextInt(2), rnd.nextInt(3) == 0 ? rnd.nextInt(1000) : 0);
    return new Program(v, term(v, 6, 0));
  }

  private Term term(Version v, int depth, int binders) {
    int kinds = v.hasSumsOfProducts() ? 10 : 8;
    int k = depth <= 0 ? leaf() : rnd.nextInt(kinds);
    return switch (k) {
      case 0 -> new Term.Var(binders == 0 ? 1 + rnd.nextInt(3) : 1 + rnd.nextInt(binders));
      case 1 -> new Term.Delay(term(v, depth - 1, binders));
      case 2 -> new Term.Lam(null, term(v, depth - 1, binders + 1));
      case 3 -> new Term.Apply(term(v, depth - 1, binders), term(v, depth - 1, binders));
      case 4 -> new Term.Const(constant(type(2)));
      case 5 -> new Term.Force(term(v, depth - 1, binders));
      case 6 -> Term.Error.INSTANCE;
      case 7 -> new Term.Builtin(
          DefaultFun.plutusBuiltins().get(rnd.nextInt(DefaultFun.plutusBuiltins().size())));
      case 8 -> new Term.Constr(rnd.nextInt(3) == 0 ? rnd.nextLong() : rnd.nextInt(5),
          terms(v, depth, binders));
      default -> new Term.Case(term(v, depth - 1, binders), terms(v, depth, binders));
    };
  }

  private int leaf() {
    return new int[] {0, 4, 6, 7}[rnd.nextInt(4)];
  }

  private List<Term> terms(Version v, int depth, int binders) {
    List<Term> out = new ArrayList<>();
    int n = rnd.nextInt(4);
    for (int i = 0; i < n; i++) out.add(term(v, depth - 2, binders));
    return out;
  }

  Type type(int depth) {
    int k = rnd.nextInt(depth <= 0 ? 7 : 10);
    return switch (k) {
      case 0 -> Type.INTEGER;
      case 1 -> Type.BYTESTRING;
      case 2 -> Type.STRING;
      case 3 -> Type.UNIT;
      case 4 -> Type.BOOL;
      case 5 -> Type.DATA;
      case 6 -> Type.VALUE;
      case 7 -> Type.list(type(depth - 1));
      case 8 -> Type.array(type(depth - 1));
      default -> Type.pair(type(depth - 1), type(depth - 1));
    };
  }

  Constant constant(Type type) {
    if (type instanceof Type.ListOf l) return ListConstant.of(l.element(), items(l.element()));
    if (type instanceof Type.ArrayOf a) return ArrayConstant.of(a.element(), items(a.element()));
    if (type instanceof Type.PairOf p) return PairConstant.of(constant(p.first()), constant(p.second()));
    return switch (((Type.Atomic) type).kind()) {
      case INTEGER -> IntegerConstant.of(integer());
      case BYTESTRING -> ByteStringConstant.of(bytes(rnd.nextInt(3) == 0 ? 600 : 40));
      case STRING -> StringConstant.of(string());
      case UNIT -> UnitConstant.UNIT;
      case BOOL -> BoolConstant.of(rnd.nextBoolean());
      case DATA -> data.next(3);
      case VALUE -> value();
      default -> throw new IllegalArgumentException(type.toString());
    };
  }

  private List<Constant> items(Type element) {
    List<Constant> out = new ArrayList<>();
    int n = rnd.nextInt(4);
    for (int i = 0; i < n; i++) out.add(constant(element));
    return out;
  }

  private BigInteger integer() {
    return switch (rnd.nextInt(4)) {
      case 0 -> BigInteger.valueOf(rnd.nextInt(2000) - 1000);
      case 1 -> BigInteger.valueOf(rnd.nextLong());
      case 2 -> new BigInteger(1 + rnd.nextInt(300), rnd).negate();
      default -> new BigInteger(1 + rnd.nextInt(300), rnd);
    };
  }

  private byte[] bytes(int max) {
    byte[] b = new byte[rnd.nextInt(max + 1)];
    rnd.nextBytes(b);
    return b;
  }

  private String string() {
    StringBuilder sb = new StringBuilder();
    int n = rnd.nextInt(rnd.nextInt(5) == 0 ? 400 : 12);
    for (int i = 0; i < n; i++) {
      int cp;
      do {
        cp = switch (rnd.nextInt(4)) {
          case 0 -> 0x20 + rnd.nextInt(0x5f);
          case 1 -> rnd.nextInt(0x800);
          case 2 -> rnd.nextInt(0x10000);
          default -> 0x10000 + rnd.nextInt(0x100000);
        };
      } while (cp >= 0xd800 && cp <= 0xdfff);
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }

  ValueConstant value() {
    NavigableMap<ByteStringConstant, NavigableMap<ByteStringConstant, BigInteger>> outer =
        new TreeMap<>();
    int n = rnd.nextInt(4);
    for (int i = 0; i < n; i++) {
      TreeMap<ByteStringConstant, BigInteger> inner = new TreeMap<>();
      int m = 1 + rnd.nextInt(3);
      for (int j = 0; j < m; j++) {
        BigInteger q = new BigInteger(1 + rnd.nextInt(127), rnd).add(BigInteger.ONE);
        inner.put(ByteStringConstant.of(bytes(32)), rnd.nextBoolean() ? q : q.negate());
      }
      outer.put(ByteStringConstant.of(bytes(32)), Collections.unmodifiableNavigableMap(inner));
    }
    return ValueConstant.of(outer);
  }
}
