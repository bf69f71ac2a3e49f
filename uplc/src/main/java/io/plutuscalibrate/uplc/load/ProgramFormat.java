package io.plutuscalibrate.uplc.load;

/** The forms a program can be given in; see Note [Program input formats] in {@link ProgramLoader}. */
public enum ProgramFormat {
  /** The textual syntax, {@code (program 1.1.0 ...)}. */
  TEXT("text"),
  /** Flat bytes. */
  FLAT("flat"),
  /** Flat bytes written as hexadecimal text. */
  FLAT_HEX("flat hex"),
  /** The ledger's form: flat bytes in one or two CBOR byte strings. */
  CBOR("CBOR"),
  /** CBOR-wrapped flat written as hexadecimal text (a script's "cborHex"). */
  CBOR_HEX("CBOR hex"),
  /** A cardano-cli text envelope: JSON whose {@code cborHex} holds the CBOR-wrapped script. */
  TEXT_ENVELOPE("text envelope");

  private final String label;

  ProgramFormat(String label) {
    this.label = label;
  }

  /** A short human-readable name. */
  public String label() {
    return label;
  }
}
