package io.plutuscalibrate.uplc.cek;

import io.plutuscalibrate.uplc.core.CekValue;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.Term;
import java.util.Arrays;

/**
 * Turns a machine value back into a term, as Plutus's {@code dischargeCekValue}: a closure's body
 * has every variable bound by its environment replaced by the discharged value it is bound to;
 * variables bound inside the body, and variables beyond the environment, are left alone. A partial
 * builtin application becomes the builtin with its forces and discharged arguments.
 *
 * <p>Note [Discharge without recursion]: values can be nested as deeply as the program made them
 * (a list of a hundred thousand constructor cells, say), so discharge walks them with explicit
 * work and result stacks instead of Java recursion, like the machine itself. Subterms that cannot
 * mention the environment (constants, builtins, errors, bound variables, bodies closed over the
 * empty environment) are reused, not copied.
 */
final class Discharge {
  private static final byte VALUE = 0;
  private static final byte TERM = 1;
  private static final byte BUILD_LAM = 2;
  private static final byte BUILD_DELAY = 3;
  private static final byte BUILD_FORCE = 4;
  private static final byte BUILD_APPLY = 5;
  private static final byte BUILD_CONSTR = 6;
  private static final byte BUILD_CASE = 7;

  // Work stack: an operation with up to two objects and an int.
  private byte[] ops = new byte[32];
  private Object[] objs = new Object[32];
  private Object[] envs = new Object[32];
  private int[] ints = new int[32];
  private int top;

  // Result stack.
  private Term[] results = new Term[32];
  private int count;

  private Discharge() {}

  /** The term that {@code value} stands for. */
  static Term of(CekValue value) {
    if (value instanceof Constant c) {
      return new Term.Const(c);
    }
    Discharge d = new Discharge();
    d.push(VALUE, value, null, 0);
    return d.run();
  }

  private Term run() {
    while (top > 0) {
      top--;
      byte op = ops[top];
      Object obj = objs[top];
      Object env = envs[top];
      int n = ints[top];
      objs[top] = null;
      envs[top] = null;
      switch (op) {
        case VALUE -> dischargeValue((CekValue) obj);
        case TERM -> term((Term) obj, (Env) env, n);
        case BUILD_LAM -> result(new Term.Lam((String) obj, pop()));
        case BUILD_DELAY -> result(new Term.Delay(pop()));
        case BUILD_FORCE -> result(new Term.Force(pop()));
        case BUILD_APPLY -> {
          Term arg = pop();
          Term fun = pop();
          result(new Term.Apply(fun, arg));
        }
        case BUILD_CONSTR -> result(new Term.Constr((Long) obj, popMany(n)));
        case BUILD_CASE -> {
          Term[] branches = popMany(n);
          result(new Term.Case(pop(), branches));
        }
        default -> throw new IllegalStateException("discharge op " + op);
      }
    }
    return results[0];
  }

  private void dischargeValue(CekValue v) {
    if (v instanceof Constant c) {
      result(new Term.Const(c));
    } else if (v instanceof VLam l) {
      push(BUILD_LAM, l.name, null, 0);
      push(TERM, l.body, l.env, 1);
    } else if (v instanceof VDelay d) {
      push(BUILD_DELAY, null, null, 0);
      push(TERM, d.body, d.env, 0);
    } else if (v instanceof VBuiltin b) {
      if (b.prev == null) {
        result(new Term.Builtin(b.runtime.fun));
      } else if (b.arg == null) {
        push(BUILD_FORCE, null, null, 0);
        push(VALUE, b.prev, null, 0);
      } else {
        push(BUILD_APPLY, null, null, 0);
        push(VALUE, b.arg, null, 0);
        push(VALUE, b.prev, null, 0);
      }
    } else if (v instanceof VConstr c) {
      push(BUILD_CONSTR, c.tag, null, c.fields.length);
      for (int i = c.fields.length - 1; i >= 0; i--) {
        push(VALUE, c.fields[i], null, 0);
      }
    } else {
      throw new IllegalStateException("unknown machine value " + v.getClass());
    }
  }

  private void term(Term t, Env env, int shift) {
    if (env.depth == 0) {
      result(t); // nothing to substitute
      return;
    }
    switch (t.tag) {
      case Term.VAR -> {
        int index = ((Term.Var) t).index;
        CekValue bound = index > shift ? env.lookup(index - shift) : null;
        if (bound == null) {
          result(t);
        } else {
          push(VALUE, bound, null, 0);
        }
      }
      case Term.LAM -> {
        Term.Lam l = (Term.Lam) t;
        push(BUILD_LAM, l.name, null, 0);
        push(TERM, l.body, env, shift + 1);
      }
      case Term.APPLY -> {
        Term.Apply a = (Term.Apply) t;
        push(BUILD_APPLY, null, null, 0);
        push(TERM, a.arg, env, shift);
        push(TERM, a.fun, env, shift);
      }
      case Term.FORCE -> {
        push(BUILD_FORCE, null, null, 0);
        push(TERM, ((Term.Force) t).body, env, shift);
      }
      case Term.DELAY -> {
        push(BUILD_DELAY, null, null, 0);
        push(TERM, ((Term.Delay) t).body, env, shift);
      }
      case Term.CONSTR -> {
        Term.Constr c = (Term.Constr) t;
        push(BUILD_CONSTR, c.constrTag, null, c.fields.length);
        for (int i = c.fields.length - 1; i >= 0; i--) {
          push(TERM, c.fields[i], env, shift);
        }
      }
      case Term.CASE -> {
        Term.Case c = (Term.Case) t;
        push(BUILD_CASE, null, null, c.branches.length);
        for (int i = c.branches.length - 1; i >= 0; i--) {
          push(TERM, c.branches[i], env, shift);
        }
        push(TERM, c.scrutinee, env, shift);
      }
      default -> result(t); // constants, builtins and error mention no variable
    }
  }

  private void push(byte op, Object obj, Object env, int n) {
    if (top == ops.length) {
      int cap = top * 2;
      ops = Arrays.copyOf(ops, cap);
      objs = Arrays.copyOf(objs, cap);
      envs = Arrays.copyOf(envs, cap);
      ints = Arrays.copyOf(ints, cap);
    }
    ops[top] = op;
    objs[top] = obj;
    envs[top] = env;
    ints[top] = n;
    top++;
  }

  private void result(Term t) {
    if (count == results.length) {
      results = Arrays.copyOf(results, count * 2);
    }
    results[count++] = t;
  }

  private Term pop() {
    Term t = results[--count];
    results[count] = null;
    return t;
  }

  private Term[] popMany(int n) {
    Term[] out = Arrays.copyOfRange(results, count - n, count);
    Arrays.fill(results, count - n, count, null);
    count -= n;
    return out;
  }
}
