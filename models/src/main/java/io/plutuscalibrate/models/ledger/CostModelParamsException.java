package io.plutuscalibrate.models.ledger;

import java.util.List;

/**
 * A cost model and a ledger parameter order that do not fit: the model lacks parameters the order
 * needs, has parameters the order cannot carry, or the requested count is not a batch boundary
 * (Haskell's {@code CostModelApplyError}). The message is meant for users as it is; {@link
 * #names()} lists the parameter names concerned.
 */
public final class CostModelParamsException extends Exception {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 8;

  private final List<String> names;

  public CostModelParamsException(String message, List<String> names) {
    super(message);
    this.names = List.copyOf(names);
  }

  /** The parameter names the problem is about (may be empty). */
  public List<String> names() {
    return names;
  }

  /** {@code a, b, c and 5 more}: a list of names short enough for a message. */
  static String list(List<String> names) {
    if (names.size() <= SHOWN) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, SHOWN)) + " and " + (names.size() - SHOWN) + " more";
  }
}
