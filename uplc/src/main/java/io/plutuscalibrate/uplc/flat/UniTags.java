package io.plutuscalibrate.uplc.flat;

import io.plutuscalibrate.uplc.core.Type;

/**
 * The 4-bit tags of the types of constants in the flat format (Plutus's {@code encodeUni} for
 * {@code DefaultUni}); a type is the list of tags of its prefix form, type operators applied with
 * tag 7: {@code (list integer)} is [7, 5, 0], {@code (pair a b)} is [7, 7, 6, a..., b...].
 */
final class UniTags {
  static final int INTEGER = 0;
  static final int BYTESTRING = 1;
  static final int STRING = 2;
  static final int UNIT = 3;
  static final int BOOL = 4;
  static final int PROTO_LIST = 5;
  static final int PROTO_PAIR = 6;
  static final int APPLY = 7;
  static final int DATA = 8;
  static final int G1 = 9;
  static final int G2 = 10;
  static final int ML_RESULT = 11;
  static final int PROTO_ARRAY = 12;
  static final int VALUE = 13;

  private UniTags() {}

  /** The tag of an atomic type. */
  static int of(Type.Kind kind) {
    return switch (kind) {
      case INTEGER -> INTEGER;
      case BYTESTRING -> BYTESTRING;
      case STRING -> STRING;
      case UNIT -> UNIT;
      case BOOL -> BOOL;
      case DATA -> DATA;
      case VALUE -> VALUE;
      case BLS12_381_G1_ELEMENT -> G1;
      case BLS12_381_G2_ELEMENT -> G2;
      case BLS12_381_ML_RESULT -> ML_RESULT;
    };
  }

  /** The atomic type with this tag, or null (operators, apply, unknown tags). */
  static Type atomic(int tag) {
    return switch (tag) {
      case INTEGER -> Type.INTEGER;
      case BYTESTRING -> Type.BYTESTRING;
      case STRING -> Type.STRING;
      case UNIT -> Type.UNIT;
      case BOOL -> Type.BOOL;
      case DATA -> Type.DATA;
      case G1 -> Type.G1;
      case G2 -> Type.G2;
      case ML_RESULT -> Type.ML_RESULT;
      case VALUE -> Type.VALUE;
      default -> null;
    };
  }
}
