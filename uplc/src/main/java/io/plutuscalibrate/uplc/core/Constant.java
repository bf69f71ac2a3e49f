package io.plutuscalibrate.uplc.core;

/**
 * A constant of the default universe: the payload of a {@code (con type value)} term and, by Note
 * [Constants are values] in {@link CekValue}, a machine value itself. Immutable: byte arrays and
 * other mutable payloads are never written after construction.
 */
public abstract sealed class Constant extends CekValue
    permits IntegerConstant, ByteStringConstant, StringConstant, UnitConstant, BoolConstant,
        ListConstant, PairConstant, ArrayConstant, Data, ValueConstant, G1Constant, G2Constant,
        MlResultConstant {

  Constant() {}

  /** The constant's type. */
  public abstract Type type();
}
