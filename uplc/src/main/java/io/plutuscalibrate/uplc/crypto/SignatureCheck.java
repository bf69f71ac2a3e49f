package io.plutuscalibrate.uplc.crypto;

/**
 * The outcome of checking a signature as Plutus's verification builtins see it: a well-formed
 * input either verifies or not (the builtin returns True or False), while a malformed key,
 * signature or message makes the builtin fail.
 */
public enum SignatureCheck {
  VALID,
  INVALID,
  MALFORMED_KEY,
  MALFORMED_SIGNATURE,
  MALFORMED_MESSAGE;

  /** Whether the builtin fails on this outcome instead of returning a boolean. */
  public boolean isMalformed() {
    return this != VALID && this != INVALID;
  }
}
