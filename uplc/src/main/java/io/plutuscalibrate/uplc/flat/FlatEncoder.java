package io.plutuscalibrate.uplc.flat;

import io.plutuscalibrate.uplc.cbor.DataCbor;
import io.plutuscalibrate.uplc.core.ArrayConstant;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.PairConstant;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.core.StringConstant;
import io.plutuscalibrate.uplc.core.Term;
import io.plutuscalibrate.uplc.core.Type;
import io.plutuscalibrate.uplc.core.ValueConstant;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Encodes a program in the flat format, as Plutus's {@code flat} of an {@code UnrestrictedProgram}:
 * see Note [Flat programs] in {@link Flat}. Terms are walked with an explicit stack.
 */
final class FlatEncoder {
  /** Stack markers: write a list's cons bit (1) or its end bit (0). */
  private static final Object CONS = new Object();
  private static final Object NIL = new Object();

  private final FlatWriter out = new FlatWriter();

  static byte[] encode(Program p) {
    FlatEncoder e = new FlatEncoder();
    e.out.word64(p.version().major());
    e.out.word64(p.version().minor());
    e.out.word64(p.version().patch());
    e.term(p.term());
    e.out.filler();
    return e.out.toByteArray();
  }

  private void term(Term root) {
    ArrayDeque<Object> work = new ArrayDeque<>();
    work.push(root);
    while (!work.isEmpty()) {
      Object item = work.pop();
      if (item == CONS) {
        out.bit(true);
        continue;
      }
      if (item == NIL) {
        out.bit(false);
        continue;
      }
      Term t = (Term) item;
      switch (t.tag) {
        case Term.VAR -> {
          out.bits(4, 0);
          out.word64(((Term.Var) t).index);
        }
        case Term.DELAY -> {
          out.bits(4, 1);
          work.push(((Term.Delay) t).body);
        }
        case Term.LAM -> {
          out.bits(4, 2);
          work.push(((Term.Lam) t).body);
        }
        case Term.APPLY -> {
          out.bits(4, 3);
          Term.Apply a = (Term.Apply) t;
          work.push(a.arg);
          work.push(a.fun);
        }
        case Term.CONST -> {
          out.bits(4, 4);
          constant(((Term.Const) t).value);
        }
        case Term.FORCE -> {
          out.bits(4, 5);
          work.push(((Term.Force) t).body);
        }
        case Term.ERROR -> out.bits(4, 6);
        case Term.BUILTIN -> {
          DefaultFun fun = ((Term.Builtin) t).fun;
          if (fun.isHarnessOnly()) {
            // See Note [Harness-only builtins] in DefaultFun: no Plutus program holds one.
            throw new IllegalArgumentException(fun + " is harness-only and has no flat encoding");
          }
          out.bits(4, 7);
          out.bits(7, fun.flatTag());
        }
        case Term.CONSTR -> {
          out.bits(4, 8);
          Term.Constr c = (Term.Constr) t;
          out.word64(c.constrTag);
          pushList(work, c.fields);
        }
        case Term.CASE -> {
          out.bits(4, 9);
          Term.Case c = (Term.Case) t;
          pushList(work, c.branches);
          work.push(c.scrutinee);
        }
        default -> throw new IllegalStateException("unknown term tag " + t.tag);
      }
    }
  }

  private static void pushList(ArrayDeque<Object> work, Term[] items) {
    work.push(NIL);
    for (int i = items.length - 1; i >= 0; i--) {
      work.push(items[i]);
      work.push(CONS);
    }
  }

  private void constant(Constant c) {
    Type type = c.type();
    typeTags(type);
    out.bit(false);
    value(type, c);
  }

  /** The type's tags, each as a cons bit and 4 bits; the caller writes the end bit. */
  private void typeTags(Type type) {
    if (type instanceof Type.Atomic a) {
      tag(UniTags.of(a.kind()));
    } else if (type instanceof Type.ListOf l) {
      tag(UniTags.APPLY);
      tag(UniTags.PROTO_LIST);
      typeTags(l.element());
    } else if (type instanceof Type.ArrayOf a) {
      tag(UniTags.APPLY);
      tag(UniTags.PROTO_ARRAY);
      typeTags(a.element());
    } else {
      Type.PairOf p = (Type.PairOf) type;
      tag(UniTags.APPLY);
      tag(UniTags.APPLY);
      tag(UniTags.PROTO_PAIR);
      typeTags(p.first());
      typeTags(p.second());
    }
  }

  private void tag(int t) {
    out.bit(true);
    out.bits(4, t);
  }

  private void value(Type type, Constant c) {
    if (type instanceof Type.Atomic a) {
      switch (a.kind()) {
        case INTEGER -> out.integer(((IntegerConstant) c).value());
        case BYTESTRING -> out.byteString(((ByteStringConstant) c).bytes());
        case STRING -> out.byteString(((StringConstant) c).value().getBytes(StandardCharsets.UTF_8));
        case UNIT -> { }
        case BOOL -> out.bit(((BoolConstant) c).value());
        case DATA -> out.byteString(DataCbor.encode((Data) c));
        case VALUE -> value((ValueConstant) c);
        default -> throw new IllegalArgumentException("constants of type " + type
            + " have no flat encoding (Plutus encodes such points as bytestrings)");
      }
    } else if (type instanceof Type.ListOf l) {
      for (Constant e : (ListConstant) c) {
        out.bit(true);
        value(l.element(), e);
      }
      out.bit(false);
    } else if (type instanceof Type.ArrayOf a) {
      ArrayConstant arr = (ArrayConstant) c;
      for (int i = 0; i < arr.length(); i++) {
        out.bit(true);
        value(a.element(), arr.get(i));
      }
      out.bit(false);
    } else {
      Type.PairOf p = (Type.PairOf) type;
      PairConstant pair = (PairConstant) c;
      value(p.first(), pair.first());
      value(p.second(), pair.second());
    }
  }

  private void value(ValueConstant v) {
    for (Map.Entry<ByteStringConstant, NavigableMap<ByteStringConstant, BigInteger>> e
        : v.entries().entrySet()) {
      out.bit(true);
      out.byteString(e.getKey().bytes());
      for (Map.Entry<ByteStringConstant, BigInteger> t : e.getValue().entrySet()) {
        out.bit(true);
        out.byteString(t.getKey().bytes());
        out.integer(t.getValue());
      }
      out.bit(false);
    }
    out.bit(false);
  }
}
