package io.plutuscalibrate.uplc.core;

/**
 * The type of a constant, as Plutus's {@code DefaultUni}: the atomic types and the type operators
 * list, pair and array. Printed as in the textual syntax ({@code integer}, {@code (list data)},
 * {@code (pair integer bool)}, {@code (array bytestring)}, {@code bls12_381_G1_element}, ...).
 */
public sealed interface Type {

  /** The atomic (nullary) built-in types. */
  enum Kind {
    INTEGER("integer"),
    BYTESTRING("bytestring"),
    STRING("string"),
    UNIT("unit"),
    BOOL("bool"),
    DATA("data"),
    VALUE("value"),
    BLS12_381_G1_ELEMENT("bls12_381_G1_element"),
    BLS12_381_G2_ELEMENT("bls12_381_G2_element"),
    BLS12_381_ML_RESULT("bls12_381_mlresult");

    private final String syntax;

    Kind(String syntax) {
      this.syntax = syntax;
    }

    public String syntax() {
      return syntax;
    }
  }

  record Atomic(Kind kind) implements Type {
    @Override public String toString() { return kind.syntax(); }
  }

  record ListOf(Type element) implements Type {
    @Override public String toString() { return "(list " + element + ")"; }
  }

  record PairOf(Type first, Type second) implements Type {
    @Override public String toString() { return "(pair " + first + " " + second + ")"; }
  }

  record ArrayOf(Type element) implements Type {
    @Override public String toString() { return "(array " + element + ")"; }
  }

  Type INTEGER = new Atomic(Kind.INTEGER);
  Type BYTESTRING = new Atomic(Kind.BYTESTRING);
  Type STRING = new Atomic(Kind.STRING);
  Type UNIT = new Atomic(Kind.UNIT);
  Type BOOL = new Atomic(Kind.BOOL);
  Type DATA = new Atomic(Kind.DATA);
  Type VALUE = new Atomic(Kind.VALUE);
  Type G1 = new Atomic(Kind.BLS12_381_G1_ELEMENT);
  Type G2 = new Atomic(Kind.BLS12_381_G2_ELEMENT);
  Type ML_RESULT = new Atomic(Kind.BLS12_381_ML_RESULT);

  static Type list(Type element) {
    return new ListOf(element);
  }

  static Type pair(Type first, Type second) {
    return new PairOf(first, second);
  }

  static Type array(Type element) {
    return new ArrayOf(element);
  }
}
