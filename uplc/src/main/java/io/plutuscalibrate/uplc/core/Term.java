package io.plutuscalibrate.uplc.core;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An Untyped Plutus Core term. Variables are de Bruijn indices (1 = the nearest enclosing lambda),
 * as in Plutus's {@code DeBruijn} and the flat format; a lambda keeps the name it was written
 * with only as a hint for printing, so equality is alpha-equivalence.
 *
 * <p>Note [Term layout]: the cases are final classes of one abstract class with a {@link #tag}
 * byte rather than records of a sealed interface, so that the machine dispatches with one field
 * load and a table switch instead of an interface call or an instanceof chain. The fields are
 * final and public; a term is immutable once built (arrays are never written after
 * construction).
 */
public abstract sealed class Term {
  public static final byte VAR = 0;
  public static final byte LAM = 1;
  public static final byte APPLY = 2;
  public static final byte FORCE = 3;
  public static final byte DELAY = 4;
  public static final byte CONST = 5;
  public static final byte BUILTIN = 6;
  public static final byte ERROR = 7;
  public static final byte CONSTR = 8;
  public static final byte CASE = 9;

  /** One of the constants above; see Note [Term layout]. */
  public final byte tag;

  private Term(byte tag) {
    this.tag = tag;
  }

  /** A variable: de Bruijn index, 1-based. */
  public static final class Var extends Term {
    public final int index;

    public Var(int index) {
      super(VAR);
      this.index = index;
    }

    @Override public boolean equals(Object o) { return o instanceof Var v && v.index == index; }
    @Override public int hashCode() { return index; }
  }

  /** {@code (lam x body)}. {@code name} is a printing hint only, ignored by equality. */
  public static final class Lam extends Term {
    public final String name;
    public final Term body;

    public Lam(String name, Term body) {
      super(LAM);
      this.name = name;
      this.body = Objects.requireNonNull(body);
    }

    @Override public boolean equals(Object o) { return o instanceof Lam l && l.body.equals(body); }
    @Override public int hashCode() { return 31 + body.hashCode(); }
  }

  /** {@code [fun arg]}. */
  public static final class Apply extends Term {
    public final Term fun;
    public final Term arg;

    public Apply(Term fun, Term arg) {
      super(APPLY);
      this.fun = Objects.requireNonNull(fun);
      this.arg = Objects.requireNonNull(arg);
    }

    @Override public boolean equals(Object o) {
      return o instanceof Apply a && a.fun.equals(fun) && a.arg.equals(arg);
    }
    @Override public int hashCode() { return 37 * fun.hashCode() + arg.hashCode(); }
  }

  /** {@code (force body)}. */
  public static final class Force extends Term {
    public final Term body;

    public Force(Term body) {
      super(FORCE);
      this.body = Objects.requireNonNull(body);
    }

    @Override public boolean equals(Object o) { return o instanceof Force f && f.body.equals(body); }
    @Override public int hashCode() { return 41 + body.hashCode(); }
  }

  /** {@code (delay body)}. */
  public static final class Delay extends Term {
    public final Term body;

    public Delay(Term body) {
      super(DELAY);
      this.body = Objects.requireNonNull(body);
    }

    @Override public boolean equals(Object o) { return o instanceof Delay d && d.body.equals(body); }
    @Override public int hashCode() { return 43 + body.hashCode(); }
  }

  /** {@code (con type value)}. See Note [Constants are values] in {@link CekValue}. */
  public static final class Const extends Term {
    public final Constant value;

    public Const(Constant value) {
      super(CONST);
      this.value = Objects.requireNonNull(value);
    }

    @Override public boolean equals(Object o) { return o instanceof Const c && c.value.equals(value); }
    @Override public int hashCode() { return 47 + value.hashCode(); }
  }

  /** {@code (builtin name)}. */
  public static final class Builtin extends Term {
    public final DefaultFun fun;

    public Builtin(DefaultFun fun) {
      super(BUILTIN);
      this.fun = Objects.requireNonNull(fun);
    }

    @Override public boolean equals(Object o) { return o instanceof Builtin b && b.fun == fun; }
    @Override public int hashCode() { return 53 + fun.hashCode(); }
  }

  /** {@code (error)}. */
  public static final class Error extends Term {
    public static final Error INSTANCE = new Error();

    private Error() {
      super(ERROR);
    }

    @Override public boolean equals(Object o) { return o instanceof Error; }
    @Override public int hashCode() { return 59; }
  }

  /**
   * {@code (constr tag field...)}, program version 1.1.0 and later. The tag is a Word64 in Plutus;
   * it is held as a long read as unsigned.
   */
  public static final class Constr extends Term {
    public final long constrTag;
    public final Term[] fields;

    public Constr(long constrTag, Term[] fields) {
      super(CONSTR);
      this.constrTag = constrTag;
      this.fields = fields.clone();
    }

    public Constr(long constrTag, List<Term> fields) {
      this(constrTag, fields.toArray(new Term[0]));
    }

    @Override public boolean equals(Object o) {
      return o instanceof Constr c && c.constrTag == constrTag && Arrays.equals(c.fields, fields);
    }
    @Override public int hashCode() { return 61 * Long.hashCode(constrTag) + Arrays.hashCode(fields); }
  }

  /** {@code (case scrutinee branch...)}, program version 1.1.0 and later. */
  public static final class Case extends Term {
    public final Term scrutinee;
    public final Term[] branches;

    public Case(Term scrutinee, Term[] branches) {
      super(CASE);
      this.scrutinee = Objects.requireNonNull(scrutinee);
      this.branches = branches.clone();
    }

    public Case(Term scrutinee, List<Term> branches) {
      this(scrutinee, branches.toArray(new Term[0]));
    }

    @Override public boolean equals(Object o) {
      return o instanceof Case c && c.scrutinee.equals(scrutinee) && Arrays.equals(c.branches, branches);
    }
    @Override public int hashCode() { return 67 * scrutinee.hashCode() + Arrays.hashCode(branches); }
  }
}
