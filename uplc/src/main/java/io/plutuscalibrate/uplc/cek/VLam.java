package io.plutuscalibrate.uplc.cek;

import io.plutuscalibrate.uplc.core.CekValue;
import io.plutuscalibrate.uplc.core.Term;

/**
 * {@code (lam name body)} closed over its environment. The body is kept directly (not through the
 * {@link Term.Lam}) so that applying the closure is one load.
 */
final class VLam extends CekValue {
  final String name;
  final Term body;
  final Env env;

  VLam(String name, Term body, Env env) {
    this.name = name;
    this.body = body;
    this.env = env;
  }
}
