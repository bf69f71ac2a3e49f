package io.plutuscalibrate.uplc.cek;

import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.models.SatInt;
import io.plutuscalibrate.models.StepKind;
import io.plutuscalibrate.uplc.builtins.BuiltinContext;
import io.plutuscalibrate.uplc.builtins.BuiltinFailure;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.CekValue;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.PairConstant;
import io.plutuscalibrate.uplc.core.Term;
import io.plutuscalibrate.uplc.core.UnitConstant;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One evaluation: the machine's mutable state (continuation stack, step counters, budget) and its
 * loop. Used once, by one thread. See Note [CEK machine layout] in {@link CekMachine}.
 */
final class CekRun implements BuiltinContext {

  // Step kinds in the order of Haskell's StepKind, which is the order a batch is spent in; see
  // Note [Cost slippage] in CekMachine.
  static final int K_CONST = 0;
  static final int K_VAR = 1;
  static final int K_LAM = 2;
  static final int K_APPLY = 3;
  static final int K_DELAY = 4;
  static final int K_FORCE = 5;
  static final int K_BUILTIN = 6;
  static final int K_CONSTR = 7;
  static final int K_CASE = 8;
  static final int KINDS = 9;
  static final StepKind[] STEP_KIND = {
    StepKind.CONST, StepKind.VAR, StepKind.LAM, StepKind.APPLY, StepKind.DELAY,
    StepKind.FORCE, StepKind.BUILTIN, StepKind.CONSTR, StepKind.CASE
  };

  /** Steps between two settlements of the step counters, as Haskell's defaultSlippage. */
  static final int SLIPPAGE = 200;

  // The tally's index (StepKind ordinal) of each step kind.
  private static final int S_CONST = StepKind.CONST.ordinal();
  private static final int S_VAR = StepKind.VAR.ordinal();
  private static final int S_LAM = StepKind.LAM.ordinal();
  private static final int S_APPLY = StepKind.APPLY.ordinal();
  private static final int S_DELAY = StepKind.DELAY.ordinal();
  private static final int S_FORCE = StepKind.FORCE.ordinal();
  private static final int S_BUILTIN = StepKind.BUILTIN.ordinal();
  private static final int S_CONSTR = StepKind.CONSTR.ordinal();
  private static final int S_CASE = StepKind.CASE.ordinal();

  // Note [Settlement out of line]: every counted step ends in tick(), which settles once in
  // SLIPPAGE steps. C2 inlines a callee of up to FreqInlineSize (325) bytes of bytecode when its
  // call site has run at least InlineFrequencyCount (100) times, and the settlement passes that
  // count early: so a short settle() was inlined at each of the fifteen counting sites, and the
  // loop exhausted its inlining budget (DesiredMethodLimit) on that rare path, leaving
  // environment lookups, frame pushes and tick itself as calls on the hot one. settle() is
  // therefore written out kind by kind, well over 325 bytes, and stays a call taken once in 200
  // steps; the validation scripts evaluate about 30% faster so (docs/performance.md).
  // SettlementOutOfLineTest guards the size. A JIT that decides otherwise only loses that speed.

  // Frame kinds. A frame is a slot of the parallel arrays kinds/objs/envs/ints.
  private static final byte F_FORCE = 0; //         (force _)
  private static final byte F_ARG_TERM = 1; //      [_ (arg, env)]: objs = Term, envs = Env
  private static final byte F_APPLY = 2; //         [fun _]: objs = the function value
  private static final byte F_APPLY_VALUES = 3; //  [_ v_i ... v_n]: objs = CekValue[], ints = i
  private static final byte F_CONSTR = 4; //        (constr t vs.. _ ts..): objs = ConstrFrame
  private static final byte F_CASES = 5; //         (case _ branches): objs = Term.Case, envs = Env
  private static final byte F_ARG_OF_LAM = 6; //    [(lam x body) _]: objs = body, envs = its Env

  private final CekMachine machine;
  private final BuiltinRuntime[] runtimes;

  private byte[] kinds = new byte[64];
  private Object[] objs = new Object[64];
  private Env[] envs = new Env[64];
  private int[] ints = new int[64];
  private int sp;

  // Unsettled step counts by kind, and their total; see Note [Cost slippage] in CekMachine.
  private int nConst;
  private int nVar;
  private int nLam;
  private int nApply;
  private int nDelay;
  private int nForce;
  private int nBuiltin;
  private int nConstr;
  private int nCase;
  private int unsettled;

  private long spentCpu;
  private long spentMem;
  private final long limitCpu;
  private final long limitMem;

  // The tally: settled steps by StepKind ordinal, builtin calls and costs by DefaultFun ordinal.
  private final long[] steps = new long[StepKind.values().length];
  private final long[] calls;
  private final long[] callCpu;
  private final long[] callMem;

  private final long[][] sizeScratch = new long[8][];
  private List<String> logs;

  CekRun(CekMachine machine, ExBudget limit) {
    this.machine = machine;
    this.runtimes = machine.runtimes;
    this.limitCpu = limit == null ? Long.MAX_VALUE : limit.cpu();
    this.limitMem = limit == null ? Long.MAX_VALUE : limit.mem();
    int funs = runtimes.length;
    this.calls = new long[funs];
    this.callCpu = new long[funs];
    this.callMem = new long[funs];
  }

  /** Halts the loop: an evaluation failure, or the budget overspent (reason null). */
  static final class Halt extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final boolean outOfBudget;

    Halt(String reason, boolean outOfBudget) {
      super(reason, null, false, false);
      this.outOfBudget = outOfBudget;
    }
  }

  /** Mutable state of a (constr ...) whose fields are being computed; never escapes the stack. */
  private static final class ConstrFrame {
    final long tag;
    final Term[] fields;
    final CekValue[] values;

    ConstrFrame(Term.Constr c) {
      this.tag = c.constrTag;
      this.fields = c.fields;
      this.values = new CekValue[c.fields.length];
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The loop.
  //
  // Note [Fused steps]: when the function of an application is a lambda, a variable or a builtin,
  // or the body of a force is a variable or a builtin, the loop computes it on the spot instead of
  // pushing a frame, computing it and popping the frame again. The steps are counted in the same
  // order as the plain transitions count them (apply or force, then the inner step), so the
  // settlements, the budget, the tally and the point of any failure are exactly the same. An
  // applied lambda is never built as a closure value: the frame holds its body and environment
  // and the argument's value extends that environment directly. About a third of the applications
  // in the validation scripts have a variable, lambda or builtin as their function. Likewise an
  // argument that is a value term (variable, lambda, delay, constant, builtin: isValueTerm), as
  // about 70% of them are, is computed as soon as the function's value is known, whether fused or
  // returned to its frame, and applied at once: no frame for the argument, no return step.

  /** Evaluates {@code start} to a value, or throws {@link Halt}. */
  CekValue run(Term start) {
    steps[StepKind.STARTUP.ordinal()] = 1;
    spend(machine.startupCpu, machine.startupMem);

    Term term = start;
    Env env = Env.EMPTY;
    CekValue v;
    for (;;) {
      // Compute: term in env. Each case either descends (pushing a frame) or yields a value v.
      compute:
      for (;;) {
        switch (term.tag) {
          case Term.VAR: {
            nVar++;
            tick();
            v = env.lookup(((Term.Var) term).index);
            if (v == null) {
              throw freeVariable((Term.Var) term, env);
            }
            break compute;
          }
          case Term.LAM: {
            nLam++;
            tick();
            Term.Lam l = (Term.Lam) term;
            v = new VLam(l.name, l.body, env);
            break compute;
          }
          case Term.APPLY: {
            nApply++;
            tick();
            Term.Apply a = (Term.Apply) term;
            Term fn = a.fun;
            Term arg = a.arg;
            // See Note [Fused steps]: a function that is a lambda, variable or builtin is
            // computed here, its step charged right after apply's as the machine would; so is
            // an argument that is a value term, right after the function.
            switch (fn.tag) {
              case Term.LAM: {
                nLam++;
                tick();
                Term body = ((Term.Lam) fn).body;
                if (isValueTerm(arg)) {
                  env = env.push(valueOf(arg, env));
                  term = body;
                  continue compute;
                }
                push(F_ARG_OF_LAM, body, env);
                break;
              }
              case Term.VAR: {
                nVar++;
                tick();
                CekValue f = env.lookup(((Term.Var) fn).index);
                if (f == null) {
                  throw freeVariable((Term.Var) fn, env);
                }
                if (isValueTerm(arg)) {
                  CekValue x = valueOf(arg, env);
                  if (f instanceof VLam l) {
                    env = l.env.push(x);
                    term = l.body;
                    continue compute;
                  }
                  v = applyOther(f, x);
                  break compute;
                }
                push(F_APPLY, f, null);
                break;
              }
              case Term.BUILTIN: {
                nBuiltin++;
                tick();
                CekValue f = runtimes[((Term.Builtin) fn).fun.ordinal()].bare;
                if (isValueTerm(arg)) {
                  v = applyOther(f, valueOf(arg, env));
                  break compute;
                }
                push(F_APPLY, f, null);
                break;
              }
              default:
                push(F_ARG_TERM, arg, env);
                term = fn;
                continue compute;
            }
            term = arg;
            continue compute;
          }
          case Term.FORCE: {
            nForce++;
            tick();
            Term body = ((Term.Force) term).body;
            // See Note [Fused steps].
            if (body.tag == Term.VAR) {
              nVar++;
              tick();
              v = env.lookup(((Term.Var) body).index);
              if (v == null) {
                throw freeVariable((Term.Var) body, env);
              }
            } else if (body.tag == Term.BUILTIN) {
              nBuiltin++;
              tick();
              v = runtimes[((Term.Builtin) body).fun.ordinal()].bare;
            } else {
              push(F_FORCE, null, null);
              term = body;
              continue compute;
            }
            if (v instanceof VDelay d) {
              term = d.body;
              env = d.env;
              continue compute;
            }
            v = forceOther(v);
            break compute;
          }
          case Term.DELAY: {
            nDelay++;
            tick();
            v = new VDelay(((Term.Delay) term).body, env);
            break compute;
          }
          case Term.CONST: {
            nConst++;
            tick();
            v = ((Term.Const) term).value;
            break compute;
          }
          case Term.BUILTIN: {
            nBuiltin++;
            tick();
            v = runtimes[((Term.Builtin) term).fun.ordinal()].bare;
            break compute;
          }
          case Term.CONSTR: {
            nConstr++;
            tick();
            Term.Constr c = (Term.Constr) term;
            if (c.fields.length == 0) {
              v = new VConstr(c.constrTag, VConstr.NO_FIELDS);
              break compute;
            }
            push(F_CONSTR, new ConstrFrame(c), env);
            ints[sp - 1] = 0;
            term = c.fields[0];
            continue compute;
          }
          case Term.CASE: {
            nCase++;
            tick();
            Term.Case c = (Term.Case) term;
            push(F_CASES, c, env);
            term = c.scrutinee;
            continue compute;
          }
          case Term.ERROR:
            // No step is charged for (error), as in Haskell.
            throw fail("(error) was evaluated");
          default:
            throw new IllegalStateException("unknown term tag " + term.tag);
        }
      }

      // Return: pop a frame and feed it v. Each case either goes on computing a term (break ret)
      // or has a new value to return (continue ret); applications fall through to the bottom.
      ret:
      for (;;) {
        if (sp == 0) {
          settle();
          return v;
        }
        int f = --sp;
        CekValue fun;
        CekValue arg;
        switch (kinds[f]) {
          case F_FORCE: {
            if (v instanceof VDelay d) {
              term = d.body;
              env = d.env;
              break ret;
            }
            v = forceOther(v);
            continue ret;
          }
          case F_ARG_TERM: {
            Term argTerm = (Term) objs[f];
            if (isValueTerm(argTerm)) {
              // See Note [Fused steps]: the argument's value at once, the frame stays popped.
              fun = v;
              arg = valueOf(argTerm, envs[f]);
              break;
            }
            // The frame becomes [v _] in place while the argument is computed. It lets go of the
            // environment, as Haskell's FrameAwaitArg holds only the function: a deep recursion
            // would otherwise keep every level's environment alive.
            term = argTerm;
            env = envs[f];
            kinds[f] = F_APPLY;
            objs[f] = v;
            envs[f] = null;
            sp = f + 1;
            break ret;
          }
          case F_APPLY: {
            fun = (CekValue) objs[f];
            arg = v;
            break;
          }
          case F_ARG_OF_LAM: {
            env = envs[f].push(v);
            term = (Term) objs[f];
            break ret;
          }
          case F_APPLY_VALUES: {
            CekValue[] args = (CekValue[]) objs[f];
            int i = ints[f];
            if (i + 1 < args.length) {
              ints[f] = i + 1;
              sp = f + 1;
            }
            fun = v;
            arg = args[i];
            break;
          }
          case F_CONSTR: {
            ConstrFrame cf = (ConstrFrame) objs[f];
            int i = ints[f];
            cf.values[i++] = v;
            if (i < cf.values.length) {
              ints[f] = i;
              sp = f + 1;
              term = cf.fields[i];
              env = envs[f];
              break ret;
            }
            v = new VConstr(cf.tag, cf.values);
            continue ret;
          }
          case F_CASES: {
            Term.Case c = (Term.Case) objs[f];
            env = envs[f];
            if (v instanceof VConstr vc) {
              long tag = vc.tag;
              if (tag < 0 || tag >= c.branches.length) {
                throw fail("case: constructor tag " + Long.toUnsignedString(tag)
                    + " has no branch (" + c.branches.length + " branches)");
              }
              term = c.branches[(int) tag];
              if (vc.fields.length > 0) {
                kinds[f] = F_APPLY_VALUES;
                objs[f] = vc.fields;
                ints[f] = 0;
                sp = f + 1;
              }
              break ret;
            }
            term = caseConstant(v, c, f);
            break ret;
          }
          default:
            throw new IllegalStateException("unknown frame kind " + kinds[f]);
        }
        if (fun instanceof VLam l) {
          env = l.env.push(arg);
          term = l.body;
          break ret;
        }
        v = applyOther(fun, arg);
      }
    }
  }

  /** Tags of the terms that compute to a value in one step, with no frame. */
  private static final int VALUE_TAGS = 1 << Term.VAR | 1 << Term.LAM | 1 << Term.DELAY
      | 1 << Term.CONST | 1 << Term.BUILTIN;

  private static boolean isValueTerm(Term t) {
    return (VALUE_TAGS & 1 << t.tag) != 0;
  }

  /**
   * The value of a term for which {@link #isValueTerm} holds, computed in {@code env} with its
   * step counted, exactly as the compute phase does: see Note [Fused steps].
   */
  private CekValue valueOf(Term t, Env env) {
    switch (t.tag) {
      case Term.VAR: {
        nVar++;
        tick();
        CekValue x = env.lookup(((Term.Var) t).index);
        if (x == null) {
          throw freeVariable((Term.Var) t, env);
        }
        return x;
      }
      case Term.LAM:
        nLam++;
        tick();
        return new VLam(((Term.Lam) t).name, ((Term.Lam) t).body, env);
      case Term.DELAY:
        nDelay++;
        tick();
        return new VDelay(((Term.Delay) t).body, env);
      case Term.CONST:
        nConst++;
        tick();
        return ((Term.Const) t).value;
      default:
        nBuiltin++;
        tick();
        return runtimes[((Term.Builtin) t).fun.ordinal()].bare;
    }
  }

  private void push(byte kind, Object obj, Env env) {
    int s = sp;
    if (s == kinds.length) {
      grow();
    }
    kinds[s] = kind;
    objs[s] = obj;
    envs[s] = env;
    sp = s + 1;
  }

  private void grow() {
    int cap = kinds.length * 2;
    kinds = Arrays.copyOf(kinds, cap);
    objs = Arrays.copyOf(objs, cap);
    envs = Arrays.copyOf(envs, cap);
    ints = Arrays.copyOf(ints, cap);
  }

  // ---------------------------------------------------------------------------------------------
  // The rarer transitions, out of line to keep the loop small for the JIT.

  /** Forcing a value that is not a delay: a builtin expecting a force, or a failure. */
  private CekValue forceOther(CekValue v) {
    if (v instanceof VBuiltin b) {
      if (b.forcesLeft == 0) {
        throw fail("builtin " + b.runtime.fun + " was forced but expects a term argument");
      }
      VBuiltin next = b.forced;
      if (next.forcesLeft == 0 && next.runtime.arity == 0) {
        return call(next.runtime, new CekValue[0]);
      }
      return next;
    }
    throw fail("force of " + describe(v) + ", which is not a delay");
  }

  /** Applying a value that is not a lambda: a builtin expecting a term argument, or a failure. */
  private CekValue applyOther(CekValue fun, CekValue arg) {
    if (fun instanceof VBuiltin b) {
      BuiltinRuntime rt = b.runtime;
      if (b.forcesLeft > 0) {
        throw fail("builtin " + rt.fun + " was applied to a term argument but expects a force");
      }
      int n = b.argCount + 1;
      if (n < rt.arity) {
        return new VBuiltin(rt, 0, n, arg, b);
      }
      CekValue[] args = new CekValue[n];
      args[n - 1] = arg;
      VBuiltin p = b;
      for (int i = n - 2; i >= 0; i--) {
        args[i] = p.arg;
        p = p.prev;
      }
      return call(rt, args);
    }
    throw fail("application of " + describe(fun) + ", which is not a function");
  }

  /** Runs a saturated builtin: charges its cost, then runs its meaning. */
  private CekValue call(BuiltinRuntime rt, CekValue[] args) {
    if (rt.meaning == null) {
      throw fail("builtin " + rt.fun + " is not implemented by this evaluator (semantics variant "
          + machine.parameters().variant() + ")");
    }
    long cpu;
    long mem;
    if (rt.constantCost) {
      cpu = rt.constCpu;
      mem = rt.constMem;
    } else {
      long[] sizes = sizeScratch[rt.arity];
      if (sizes == null) {
        sizes = new long[rt.arity];
        sizeScratch[rt.arity] = sizes;
      }
      try {
        for (int i = 0; i < sizes.length; i++) {
          sizes[i] = rt.measures[i].size(args[i]);
        }
      } catch (RuntimeException e) {
        throw fail("builtin " + rt.fun + ": cannot size its arguments: " + e.getMessage());
      }
      cpu = rt.cpu.cost(sizes);
      mem = rt.mem.cost(sizes);
    }
    int i = rt.fun.ordinal();
    calls[i]++;
    callCpu[i] = SatInt.add(callCpu[i], cpu);
    callMem[i] = SatInt.add(callMem[i], mem);
    spend(cpu, mem);

    CekValue result;
    try {
      result = rt.meaning.apply(args, this);
    } catch (BuiltinFailure e) {
      throw fail("builtin " + rt.fun + " failed: " + e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      throw fail("builtin " + rt.fun + " crashed (a bug in the evaluator): " + e);
    }
    if (result == null) {
      throw fail("builtin " + rt.fun + " returned no value (a bug in the evaluator)");
    }
    return result;
  }

  /**
   * {@code case} on a constant (Plutus's {@code caseBuiltin}): selects the branch and, for a
   * non-empty list or a pair, turns frame {@code f} into the arguments the branch is applied to.
   */
  private Term caseConstant(CekValue v, Term.Case c, int f) {
    if (!(v instanceof Constant k)) {
      throw fail("case on " + describe(v) + ", which is not a constructor value");
    }
    if (!machine.parameters().caseOnConstants()) {
      throw fail("case on a constant of type " + k.type()
          + " is not allowed by these machine parameters");
    }
    Term[] branches = c.branches;
    int len = branches.length;
    if (k instanceof BoolConstant b) {
      if (!b.value() && (len == 1 || len == 2)) return branches[0];
      if (b.value() && len == 2) return branches[1];
    } else if (k instanceof UnitConstant) {
      if (len == 1) return branches[0];
    } else if (k instanceof IntegerConstant n) {
      BigInteger x = n.value();
      if (x.signum() >= 0 && x.compareTo(BigInteger.valueOf(len)) < 0) return branches[x.intValue()];
    } else if (k instanceof ListConstant l) {
      if (len == 1 || len == 2) {
        if (!l.isEmpty()) {
          applyTo(f, new CekValue[] {l.head(), l.tail()});
          return branches[0];
        }
        if (len == 2) return branches[1];
        throw fail("case: expected a non-empty list, got an empty list (one branch)");
      }
    } else if (k instanceof PairConstant p) {
      if (len == 1) {
        applyTo(f, new CekValue[] {p.first(), p.second()});
        return branches[0];
      }
    } else {
      throw fail("case on a constant of type " + k.type() + ", which 'case' does not support");
    }
    throw fail("case " + k + " is out of bounds for " + len + " branches");
  }

  /** Turns frame {@code f} (just popped) into [_ args...] and pushes it back. */
  private void applyTo(int f, CekValue[] args) {
    kinds[f] = F_APPLY_VALUES;
    objs[f] = args;
    ints[f] = 0;
    sp = f + 1;
  }

  // ---------------------------------------------------------------------------------------------
  // Budget. See Note [Cost slippage] in CekMachine.

  private void tick() {
    if (++unsettled >= SLIPPAGE) {
      settle();
    }
  }

  /**
   * Charges the counted steps, kind by kind in Haskell's order, and resets the counters. Spelled
   * out kind by kind on purpose: see Note [Settlement out of line].
   */
  private void settle() {
    unsettled = 0;
    long[] cpu = machine.stepCpu;
    long[] mem = machine.stepMem;
    int n;
    n = nConst;
    if (n != 0) {
      nConst = 0;
      steps[S_CONST] += n;
      spend(SatInt.mul(cpu[K_CONST], n), SatInt.mul(mem[K_CONST], n));
    }
    n = nVar;
    if (n != 0) {
      nVar = 0;
      steps[S_VAR] += n;
      spend(SatInt.mul(cpu[K_VAR], n), SatInt.mul(mem[K_VAR], n));
    }
    n = nLam;
    if (n != 0) {
      nLam = 0;
      steps[S_LAM] += n;
      spend(SatInt.mul(cpu[K_LAM], n), SatInt.mul(mem[K_LAM], n));
    }
    n = nApply;
    if (n != 0) {
      nApply = 0;
      steps[S_APPLY] += n;
      spend(SatInt.mul(cpu[K_APPLY], n), SatInt.mul(mem[K_APPLY], n));
    }
    n = nDelay;
    if (n != 0) {
      nDelay = 0;
      steps[S_DELAY] += n;
      spend(SatInt.mul(cpu[K_DELAY], n), SatInt.mul(mem[K_DELAY], n));
    }
    n = nForce;
    if (n != 0) {
      nForce = 0;
      steps[S_FORCE] += n;
      spend(SatInt.mul(cpu[K_FORCE], n), SatInt.mul(mem[K_FORCE], n));
    }
    n = nBuiltin;
    if (n != 0) {
      nBuiltin = 0;
      steps[S_BUILTIN] += n;
      spend(SatInt.mul(cpu[K_BUILTIN], n), SatInt.mul(mem[K_BUILTIN], n));
    }
    n = nConstr;
    if (n != 0) {
      nConstr = 0;
      steps[S_CONSTR] += n;
      spend(SatInt.mul(cpu[K_CONSTR], n), SatInt.mul(mem[K_CONSTR], n));
    }
    n = nCase;
    if (n != 0) {
      nCase = 0;
      steps[S_CASE] += n;
      spend(SatInt.mul(cpu[K_CASE], n), SatInt.mul(mem[K_CASE], n));
    }
  }

  private void spend(long cpu, long mem) {
    spentCpu = SatInt.add(spentCpu, cpu);
    spentMem = SatInt.add(spentMem, mem);
    if (spentCpu > limitCpu || spentMem > limitMem) {
      throw new Halt(null, true);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Results.

  @Override
  public void log(String message) {
    if (logs == null) {
      logs = new ArrayList<>();
    }
    logs.add(message);
  }

  List<String> logs() {
    return logs == null ? List.of() : logs;
  }

  ExBudget spent() {
    return new ExBudget(spentCpu, spentMem);
  }

  StepTally tally() {
    return new StepTally(steps.clone(), calls.clone(), callCpu.clone(), callMem.clone());
  }

  private static Halt freeVariable(Term.Var var, Env env) {
    return fail("free variable: de Bruijn index " + var.index + " is not bound (" + env.size()
        + " variables in scope)");
  }

  static Halt fail(String reason) {
    return new Halt(reason, false);
  }

  /** A few words on what kind of value {@code v} is, for failure reasons. */
  static String describe(CekValue v) {
    if (v instanceof Constant c) return "a constant of type " + c.type();
    if (v instanceof VLam) return "a lambda";
    if (v instanceof VDelay) return "a delayed term";
    if (v instanceof VBuiltin b) return "a partial application of builtin " + b.runtime.fun;
    if (v instanceof VConstr c) return "a constructor value (tag " + Long.toUnsignedString(c.tag) + ")";
    return "an unknown value " + v.getClass().getSimpleName();
  }
}
