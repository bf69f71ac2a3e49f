package io.plutuscalibrate.uplc.cek;

import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.models.SatInt;
import io.plutuscalibrate.models.StepKind;
import io.plutuscalibrate.uplc.builtins.BuiltinFailure;
import io.plutuscalibrate.uplc.builtins.BuiltinSpec;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.CekValue;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.PairConstant;
import io.plutuscalibrate.uplc.core.Term;
import io.plutuscalibrate.uplc.core.UnitConstant;
import io.plutuscalibrate.models.CostingFun;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A deliberately plain CEK machine written from the specification and Haskell's transition rules,
 * for differential tests of {@link CekMachine}: immutable linked frames and environments, one
 * rule per transition, no fused steps, every step recorded in order. Budgets follow Note [Cost
 * slippage] by replaying the recorded steps: success charges all of them; a failure charges the
 * whole batches of 200 completed before it (and builtins as they were called). Evaluation gives
 * up (returns null) after {@code maxSteps} steps.
 */
final class ReferenceMachine {
  sealed interface Outcome permits Ok, Failed {}
  record Ok(Term term, ExBudget spent, Map<StepKind, Long> steps) implements Outcome {}
  record Failed(ExBudget spent) implements Outcome {}

  private record Env(CekValue head, Env tail) {}
  private static final class RLam extends CekValue {
    final Term.Lam lam; final Env env;
    RLam(Term.Lam lam, Env env) { this.lam = lam; this.env = env; }
  }
  private static final class RDelay extends CekValue {
    final Term body; final Env env;
    RDelay(Term body, Env env) { this.body = body; this.env = env; }
  }
  private static final class RBuiltin extends CekValue {
    final DefaultFun fun; final int forces; final List<CekValue> args;
    RBuiltin(DefaultFun fun, int forces, List<CekValue> args) { this.fun = fun; this.forces = forces; this.args = args; }
  }
  private static final class RConstr extends CekValue {
    final long tag; final List<CekValue> fields;
    RConstr(long tag, List<CekValue> fields) { this.tag = tag; this.fields = fields; }
  }

  private sealed interface Frame permits FForce, FArg, FFun, FValues, FConstr, FCase {}
  private record FForce(Frame next) implements Frame {}
  private record FArg(Term arg, Env env, Frame next) implements Frame {}
  private record FFun(CekValue fun, Frame next) implements Frame {}
  private record FValues(List<CekValue> values, Frame next) implements Frame {}
  private record FConstr(long tag, List<Term> todo, List<CekValue> done, Env env, Frame next) implements Frame {}
  private record FCase(Term.Case c, Env env, Frame next) implements Frame {}

  private static final class Fail extends RuntimeException {
    Fail() { super(null, null, false, false); }
  }
  private static final class GiveUp extends RuntimeException {
    GiveUp() { super(null, null, false, false); }
  }

  private final MachineParameters params;
  private final int maxSteps;
  private final List<StepKind> steps = new ArrayList<>();
  private long builtinCpu;
  private long builtinMem;

  ReferenceMachine(MachineParameters params, int maxSteps) {
    this.params = params;
    this.maxSteps = maxSteps;
  }

  /** The outcome, or null when evaluation did not finish within the step cap. */
  Outcome evaluate(Term t) {
    try {
      CekValue v = run(t);
      return new Ok(discharge(v), charge(steps.size()), counts(steps.size()));
    } catch (Fail f) {
      return new Failed(charge(steps.size() / CekRun.SLIPPAGE * CekRun.SLIPPAGE));
    } catch (GiveUp g) {
      return null;
    }
  }

  private ExBudget charge(int settled) {
    ExBudget b = params.machineCosts().startup();
    for (int i = 0; i < settled; i++) b = b.plus(params.machineCosts().get(steps.get(i)));
    return b.plus(new ExBudget(builtinCpu, builtinMem));
  }

  private Map<StepKind, Long> counts(int settled) {
    Map<StepKind, Long> m = new EnumMap<>(StepKind.class);
    for (StepKind k : StepKind.values()) m.put(k, k == StepKind.STARTUP ? 1L : 0L);
    for (int i = 0; i < settled; i++) m.merge(steps.get(i), 1L, Long::sum);
    return m;
  }

  private void step(StepKind k) {
    if (steps.size() >= maxSteps) throw new GiveUp();
    steps.add(k);
  }

  private CekValue run(Term start) {
    // State: either computing (term, env) with frame k, or returning value v to frame k.
    Term term = start;
    Env env = null;
    Frame k = null;
    CekValue v = null;
    boolean computing = true;
    while (true) {
      if (computing) {
        switch (term.tag) {
          case Term.VAR -> {
            step(StepKind.VAR);
            v = lookup(env, ((Term.Var) term).index);
            computing = false;
          }
          case Term.LAM -> { step(StepKind.LAM); v = new RLam((Term.Lam) term, env); computing = false; }
          case Term.DELAY -> { step(StepKind.DELAY); v = new RDelay(((Term.Delay) term).body, env); computing = false; }
          case Term.CONST -> { step(StepKind.CONST); v = ((Term.Const) term).value; computing = false; }
          case Term.BUILTIN -> {
            step(StepKind.BUILTIN);
            DefaultFun f = ((Term.Builtin) term).fun;
            v = new RBuiltin(f, 0, List.of());
            computing = false;
          }
          case Term.APPLY -> { step(StepKind.APPLY); Term.Apply a = (Term.Apply) term; k = new FArg(a.arg, env, k); term = a.fun; }
          case Term.FORCE -> { step(StepKind.FORCE); k = new FForce(k); term = ((Term.Force) term).body; }
          case Term.ERROR -> throw new Fail();
          case Term.CONSTR -> {
            step(StepKind.CONSTR);
            Term.Constr c = (Term.Constr) term;
            if (c.fields.length == 0) { v = new RConstr(c.constrTag, List.of()); computing = false; }
            else { k = new FConstr(c.constrTag, List.of(c.fields).subList(1, c.fields.length), List.of(), env, k); term = c.fields[0]; }
          }
          case Term.CASE -> { step(StepKind.CASE); Term.Case c = (Term.Case) term; k = new FCase(c, env, k); term = c.scrutinee; }
          default -> throw new IllegalStateException();
        }
        continue;
      }
      // returning v to k
      if (k == null) return v;
      if (k instanceof FForce ff) {
        k = ff.next();
        if (v instanceof RDelay d) { term = d.body; env = d.env; computing = true; }
        else v = forceBuiltin(v);
      } else if (k instanceof FArg fa) {
        k = new FFun(v, fa.next());
        term = fa.arg(); env = fa.env(); computing = true;
      } else if (k instanceof FFun ff) {
        k = ff.next();
        Object r = apply(ff.fun(), v);
        if (r instanceof Object[] lam) { term = (Term) lam[0]; env = (Env) lam[1]; computing = true; }
        else v = (CekValue) r;
      } else if (k instanceof FValues fv) {
        List<CekValue> rest = fv.values().subList(1, fv.values().size());
        k = rest.isEmpty() ? fv.next() : new FValues(rest, fv.next());
        Object r = apply(v, fv.values().get(0));
        if (r instanceof Object[] lam) { term = (Term) lam[0]; env = (Env) lam[1]; computing = true; }
        else v = (CekValue) r;
      } else if (k instanceof FConstr fc) {
        List<CekValue> done = new ArrayList<>(fc.done());
        done.add(v);
        if (fc.todo().isEmpty()) { k = fc.next(); v = new RConstr(fc.tag(), done); }
        else { k = new FConstr(fc.tag(), fc.todo().subList(1, fc.todo().size()), done, fc.env(), fc.next()); term = fc.todo().get(0); env = fc.env(); computing = true; }
      } else if (k instanceof FCase fk) {
        k = fk.next();
        env = fk.env();
        Term[] bs = fk.c().branches;
        List<CekValue> args;
        if (v instanceof RConstr rc) {
          if (rc.tag < 0 || rc.tag >= bs.length) throw new Fail();
          term = bs[(int) rc.tag];
          args = rc.fields;
        } else if (v instanceof Constant c && params.caseOnConstants()) {
          int n = bs.length;
          if (c instanceof BoolConstant b) {
            if (!b.value() && (n == 1 || n == 2)) term = bs[0];
            else if (b.value() && n == 2) term = bs[1];
            else throw new Fail();
            args = List.of();
          } else if (c instanceof UnitConstant && n == 1) { term = bs[0]; args = List.of(); }
          else if (c instanceof IntegerConstant i && i.value().signum() >= 0 && i.value().compareTo(BigInteger.valueOf(n)) < 0) {
            term = bs[i.value().intValue()]; args = List.of();
          } else if (c instanceof ListConstant l && (n == 1 || n == 2)) {
            if (!l.isEmpty()) { term = bs[0]; args = List.of(l.head(), l.tail()); }
            else if (n == 2) { term = bs[1]; args = List.of(); }
            else throw new Fail();
          } else if (c instanceof PairConstant p && n == 1) { term = bs[0]; args = List.of(p.first(), p.second()); }
          else throw new Fail();
        } else {
          throw new Fail();
        }
        if (!args.isEmpty()) k = new FValues(args, k);
        computing = true;
      }
    }
  }

  private static CekValue lookup(Env env, int index) {
    if (index < 1) throw new Fail();
    Env e = env;
    for (int i = 1; i < index && e != null; i++) e = e.tail();
    if (e == null) throw new Fail();
    return e.head();
  }

  private CekValue forceBuiltin(CekValue v) {
    if (v instanceof RBuiltin b && b.forces < b.fun.forces()) {
      return new RBuiltin(b.fun, b.forces + 1, b.args);
    }
    throw new Fail();
  }

  /** A lambda's body and extended environment (as Object[2]) or a value. */
  private Object apply(CekValue fun, CekValue arg) {
    if (fun instanceof RLam l) return new Object[] {l.lam.body, new Env(arg, l.env)};
    if (fun instanceof RBuiltin b && b.forces == b.fun.forces() && b.args.size() < b.fun.arity()) {
      List<CekValue> args = new ArrayList<>(b.args);
      args.add(arg);
      if (args.size() < b.fun.arity()) return new RBuiltin(b.fun, b.forces, args);
      return call(b.fun, args.toArray(new CekValue[0]));
    }
    throw new Fail();
  }

  private CekValue call(DefaultFun fun, CekValue[] args) {
    BuiltinSpec spec = params.builtins().getOrNull(fun);
    if (spec == null) throw new Fail();
    long[] sizes = new long[args.length];
    for (int i = 0; i < args.length; i++) sizes[i] = spec.sizes().get(i).size(args[i]);
    CostingFun cf = params.builtinCosts().get(fun.name());
    builtinCpu = SatInt.add(builtinCpu, cf.cpu().cost(sizes));
    builtinMem = SatInt.add(builtinMem, cf.memory().cost(sizes));
    try {
      return spec.meaning().apply(args, msg -> {});
    } catch (BuiltinFailure e) {
      throw new Fail();
    }
  }

  // Discharge, recursively (test terms are small). Shared values can make the discharged term
  // exponentially larger than the value: give up beyond a node budget.
  private int dischargeBudget = 20_000;

  private Term discharge(CekValue v) {
    if (--dischargeBudget < 0) throw new GiveUp();
    if (v instanceof Constant c) return new Term.Const(c);
    if (v instanceof RLam l) return new Term.Lam(l.lam.name, under(l.lam.body, l.env, 1));
    if (v instanceof RDelay d) return new Term.Delay(under(d.body, d.env, 0));
    if (v instanceof RConstr c) return new Term.Constr(c.tag, c.fields.stream().map(this::discharge).toList());
    RBuiltin b = (RBuiltin) v;
    Term t = new Term.Builtin(b.fun);
    for (int i = 0; i < b.forces; i++) t = new Term.Force(t);
    for (CekValue a : b.args) t = new Term.Apply(t, discharge(a));
    return t;
  }

  private Term under(Term t, Env env, int shift) {
    if (--dischargeBudget < 0) throw new GiveUp();
    return switch (t.tag) {
      case Term.VAR -> {
        int i = ((Term.Var) t).index;
        if (i <= shift) yield t;
        Env e = env;
        for (int j = 1; j < i - shift && e != null; j++) e = e.tail();
        yield e == null ? t : discharge(e.head());
      }
      case Term.LAM -> new Term.Lam(((Term.Lam) t).name, under(((Term.Lam) t).body, env, shift + 1));
      case Term.APPLY -> new Term.Apply(under(((Term.Apply) t).fun, env, shift), under(((Term.Apply) t).arg, env, shift));
      case Term.FORCE -> new Term.Force(under(((Term.Force) t).body, env, shift));
      case Term.DELAY -> new Term.Delay(under(((Term.Delay) t).body, env, shift));
      case Term.CONSTR -> new Term.Constr(((Term.Constr) t).constrTag,
          List.of(((Term.Constr) t).fields).stream().map(f -> under(f, env, shift)).toList());
      case Term.CASE -> new Term.Case(under(((Term.Case) t).scrutinee, env, shift),
          List.of(((Term.Case) t).branches).stream().map(f -> under(f, env, shift)).toList());
      default -> t;
    };
  }
}
