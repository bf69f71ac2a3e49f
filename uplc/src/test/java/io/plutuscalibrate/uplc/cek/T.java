package io.plutuscalibrate.uplc.cek;

import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.Term;

/** A tiny builder of de Bruijn terms for tests (there is no parser yet in this module's tests). */
final class T {
  private T() {}

  static Term v(int index) {
    return new Term.Var(index);
  }

  static Term lam(Term body) {
    return new Term.Lam("x", body);
  }

  static Term lam(String name, Term body) {
    return new Term.Lam(name, body);
  }

  /** Left-nested application: {@code [f a b c]}. */
  static Term app(Term f, Term... args) {
    Term t = f;
    for (Term a : args) t = new Term.Apply(t, a);
    return t;
  }

  static Term force(Term t) {
    return new Term.Force(t);
  }

  static Term delay(Term t) {
    return new Term.Delay(t);
  }

  static Term con(long n) {
    return new Term.Const(IntegerConstant.of(n));
  }

  static Term con(Constant c) {
    return new Term.Const(c);
  }

  static Term b(DefaultFun f) {
    return new Term.Builtin(f);
  }

  static Term err() {
    return Term.Error.INSTANCE;
  }

  static Term constr(long tag, Term... fields) {
    return new Term.Constr(tag, fields);
  }

  static Term kase(Term scrutinee, Term... branches) {
    return new Term.Case(scrutinee, branches);
  }

  /** {@code [(force ifThenElse) c (delay t) (delay e)]} forced: a lazy if. */
  static Term ifte(Term c, Term then, Term otherwise) {
    return force(app(force(b(DefaultFun.ifThenElse)), c, delay(then), delay(otherwise)));
  }

  /** The strict fixed-point combinator {@code \f. (\x. f (\v. x x v)) (\x. f (\v. x x v))}. */
  static Term z() {
    Term half = lam("x", app(v(2), lam("v", app(v(2), v(2), v(1)))));
    return lam("f", app(half, half));
  }
}
