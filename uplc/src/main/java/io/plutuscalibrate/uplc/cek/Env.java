package io.plutuscalibrate.uplc.cek;

import io.plutuscalibrate.uplc.core.CekValue;

/**
 * A CEK environment: the values of the variables in scope, the nearest (de Bruijn index 1) first.
 * Persistent: extending an environment never changes it, so closures share their tails.
 *
 * <p>Note [Environments with jump pointers]: an environment is a linked list whose cells also
 * carry a "jump" pointer to an older cell and their depth, as in Myers' applicative random-access
 * stack (E. W. Myers, "An applicative random-access stack", IPL 17, 1983). A cell's jump skips
 * 1, 1, 3, 1, 1, 3, 7, ... cells, the sizes of a skew-binary decomposition, so reaching index
 * {@code i} takes O(log i) hops while index 1 takes none, and extending allocates one cell of four
 * fields, no more than a cons cell plus two words. Plutus uses a skew-binary random-access list
 * for the same bounds; compiled scripts refer to top-level definitions by indices in the tens or
 * hundreds, which a plain list would walk one cell at a time on every lookup.
 *
 * <p>The empty environment is a sentinel of depth 0 whose pointers refer to itself, so extending
 * and walking never test for null.
 */
final class Env {
  static final Env EMPTY = new Env();

  final CekValue value;
  final Env next;
  final Env jump;
  final int depth;

  private Env() {
    this.value = null;
    this.next = this;
    this.jump = this;
    this.depth = 0;
  }

  private Env(CekValue value, Env next, Env jump, int depth) {
    this.value = value;
    this.next = next;
    this.jump = jump;
    this.depth = depth;
  }

  /** This environment extended with {@code v} as index 1. */
  Env push(CekValue v) {
    Env j = this.jump;
    // Two jumps of equal length merge into one jump over both and this cell (skew-binary carry).
    Env jump = (depth - j.depth == j.depth - j.jump.depth) ? j.jump : this;
    return new Env(v, this, jump, depth + 1);
  }

  /** The value at de Bruijn index {@code index} (1-based), or null when it is not bound here. */
  CekValue lookup(int index) {
    int target = depth - index + 1;
    if (index < 1 || target < 1) {
      return null;
    }
    Env e = this;
    while (e.depth != target) {
      Env j = e.jump;
      e = j.depth >= target ? j : e.next;
    }
    return e.value;
  }

  /** The number of bound variables. */
  int size() {
    return depth;
  }
}
