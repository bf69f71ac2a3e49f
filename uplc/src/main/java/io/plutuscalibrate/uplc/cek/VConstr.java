package io.plutuscalibrate.uplc.cek;

import io.plutuscalibrate.uplc.core.CekValue;

/**
 * A constructor value {@code (constr tag v...)}. The tag is a Word64 held in a long read as
 * unsigned; the fields are in order and the array is never written after construction.
 */
final class VConstr extends CekValue {
  static final CekValue[] NO_FIELDS = new CekValue[0];

  final long tag;
  final CekValue[] fields;

  VConstr(long tag, CekValue[] fields) {
    this.tag = tag;
    this.fields = fields;
  }
}
