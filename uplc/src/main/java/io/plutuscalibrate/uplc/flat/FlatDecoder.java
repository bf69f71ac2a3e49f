package io.plutuscalibrate.uplc.flat;

import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.core.Term;
import io.plutuscalibrate.uplc.core.Version;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes a flat-encoded program, as Plutus's {@code decodeProgram} under {@code unflat}: see
 * Note [Flat programs] in {@link Flat}. Terms are decoded with an explicit stack of open nodes,
 * so nesting depth is bounded by memory, not by the Java stack.
 */
final class FlatDecoder {
  /** The name hint given to every lambda: flat programs carry no names. */
  static final String LAMBDA_NAME = null;

  private static final Term[] BUILTINS;
  private static final Term.Var[] SMALL_VARS = new Term.Var[1024];

  static {
    // Plutus builtins only: see Note [Harness-only builtins] in DefaultFun.
    List<DefaultFun> funs = DefaultFun.plutusBuiltins();
    BUILTINS = new Term[funs.size()];
    for (DefaultFun f : funs) BUILTINS[f.flatTag()] = new Term.Builtin(f);
    for (int i = 0; i < SMALL_VARS.length; i++) SMALL_VARS[i] = new Term.Var(i);
  }

  // Kinds of open nodes on the stack.
  private static final byte DELAY = 0;
  private static final byte LAM = 1;
  private static final byte FORCE = 2;
  private static final byte APPLY = 3;
  private static final byte CONSTR = 4;
  private static final byte CASE = 5;

  private final FlatReader in;
  private final ConstantDecoder constants;

  // The stack of open nodes: parallel arrays, grown on demand.
  private byte[] kinds = new byte[64];
  /** An Apply's function, a Case's scrutinee, once decoded. */
  private Term[] firsts = new Term[64];
  /** A Constr's fields or a Case's branches so far. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private ArrayList<Term>[] lists = new ArrayList[64];
  private long[] constrTags = new long[64];
  private int depth;

  private FlatDecoder(FlatReader in) {
    this.in = in;
    this.constants = new ConstantDecoder(in);
  }

  static FlatDecodeResult decode(byte[] bytes, int from, int to) {
    FlatReader in = new FlatReader(bytes, from, to);
    try {
      return new FlatDecodeResult.Success(new FlatDecoder(in).program());
    } catch (FlatFailure f) {
      return new FlatDecodeResult.Failure(f.bitOffset, f.getMessage());
    } catch (StackOverflowError e) {
      // Only constants recurse (on their type's nesting): see Note [Flat programs].
      return new FlatDecodeResult.Failure(in.bitOffset(), "constant type nested too deeply");
    }
  }

  private Program program() {
    Version version = new Version(
        versionPart("major"), versionPart("minor"), versionPart("patch"));
    Term term = term(version);
    long fillerAt = in.bitOffset();
    boolean padded;
    try {
      in.filler();
      padded = in.atEnd();
    } catch (FlatFailure f) {
      padded = false;
    }
    if (!padded) {
      throw new FlatFailure(fillerAt, "expected the final padding after the term (zero or more"
          + " 0 bits, a 1 bit, then the end of the input)");
    }
    return new Program(version, term);
  }

  private int versionPart(String which) {
    return in.smallNatural("the version's " + which + " number");
  }

  private Term term(Version version) {
    int base = depth;
    while (true) {
      int tag = in.nibble("a term tag");
      Term t;
      switch (tag) {
        case 0 -> t = variable();
        case 1 -> { push(DELAY); continue; }
        case 2 -> { push(LAM); continue; }
        case 3 -> { push(APPLY); continue; }
        case 4 -> t = new Term.Const(constants.constant());
        case 5 -> { push(FORCE); continue; }
        case 6 -> t = Term.Error.INSTANCE;
        case 7 -> t = builtin();
        case 8 -> {
          requireSums(version, in.bitOffset() - 4, "constr");
          long constrTag = in.word64("a constr tag");
          if (!in.bit()) {
            t = new Term.Constr(constrTag, new Term[0]);
          } else {
            push(CONSTR);
            constrTags[depth - 1] = constrTag;
            lists[depth - 1] = new ArrayList<>(4);
            continue;
          }
        }
        case 9 -> {
          requireSums(version, in.bitOffset() - 4, "case");
          push(CASE);
          continue;
        }
        default -> throw new FlatFailure(in.bitOffset() - 4, "unknown term constructor tag " + tag);
      }
      // t is complete: hand it to the open nodes, closing those it completes.
      while (true) {
        if (depth == base) return t;
        int top = depth - 1;
        switch (kinds[top]) {
          case DELAY -> t = new Term.Delay(t);
          case LAM -> t = new Term.Lam(LAMBDA_NAME, t);
          case FORCE -> t = new Term.Force(t);
          case APPLY -> {
            if (firsts[top] == null) {
              firsts[top] = t;
              t = null;
            } else {
              t = new Term.Apply(firsts[top], t);
              firsts[top] = null;
            }
          }
          case CONSTR -> {
            lists[top].add(t);
            if (in.bit()) {
              t = null;
            } else {
              t = new Term.Constr(constrTags[top], lists[top]);
              lists[top] = null;
            }
          }
          default -> { // CASE
            if (firsts[top] == null) {
              firsts[top] = t;
            } else {
              lists[top].add(t);
            }
            if (in.bit()) {
              if (lists[top] == null) lists[top] = new ArrayList<>(4);
              t = null;
            } else {
              Term scrutinee = firsts[top];
              ArrayList<Term> branches = lists[top];
              t = new Term.Case(scrutinee, branches == null ? new Term[0] : branches.toArray(new Term[0]));
              firsts[top] = null;
              lists[top] = null;
            }
          }
        }
        if (t == null) break; // the open node wants another child
        depth--;
      }
    }
  }

  private void push(byte kind) {
    if (depth == kinds.length) {
      int n = 2 * depth;
      kinds = Arrays.copyOf(kinds, n);
      firsts = Arrays.copyOf(firsts, n);
      lists = Arrays.copyOf(lists, n);
      constrTags = Arrays.copyOf(constrTags, n);
    }
    kinds[depth++] = kind;
  }

  /** A de Bruijn index: flat's Word64 (see Note [DeBruijn Index serialization] in Plutus). */
  private Term variable() {
    long at = in.bitOffset() - 4;
    long index = in.word64("a de Bruijn index");
    if (index >= 0 && index < SMALL_VARS.length) return SMALL_VARS[(int) index];
    if (index < 0 || index > Integer.MAX_VALUE) {
      throw new FlatFailure(at, "de Bruijn index " + Long.toUnsignedString(index)
          + " is larger than this implementation supports (2^31 - 1)");
    }
    return new Term.Var((int) index);
  }

  private Term builtin() {
    long at = in.bitOffset();
    int tag = in.bits8(7, "a builtin tag");
    if (tag >= BUILTINS.length) throw new FlatFailure(at, "unknown builtin function tag " + tag);
    return BUILTINS[tag];
  }

  private static void requireSums(Version v, long at, String what) {
    if (!v.hasSumsOfProducts()) {
      throw new FlatFailure(at, "'" + what + "' is not allowed before version 1.1.0, this program"
          + " has version: " + v);
    }
  }

}
