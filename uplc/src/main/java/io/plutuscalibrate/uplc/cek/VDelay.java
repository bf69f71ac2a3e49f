package io.plutuscalibrate.uplc.cek;

import io.plutuscalibrate.uplc.core.CekValue;
import io.plutuscalibrate.uplc.core.Term;

/** {@code (delay body)} closed over its environment. */
final class VDelay extends CekValue {
  final Term body;
  final Env env;

  VDelay(Term body, Env env) {
    this.body = body;
    this.env = env;
  }
}
