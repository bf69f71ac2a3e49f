package io.plutuscalibrate.uplc.builtins;

import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.PairConstant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;

/**
 * Structural equality of Data ({@code equalsData}, Haskell's derived {@code Eq}) with an explicit
 * stack: a script can build Data nested deeper than the Java call stack allows, and
 * {@link Data#equals} recurses.
 */
final class DataEquality {
  private DataEquality() {}

  static boolean equal(Data x, Data y) {
    ArrayDeque<Data> pending = new ArrayDeque<>();
    pending.push(x);
    pending.push(y);
    while (!pending.isEmpty()) {
      Data b = pending.pop();
      Data a = pending.pop();
      if (a == b) continue;
      if (a instanceof Data.Constr ca && b instanceof Data.Constr cb) {
        if (!ca.tag.equals(cb.tag) || !pushItems(ca.fields, cb.fields, pending)) return false;
      } else if (a instanceof Data.Map ma && b instanceof Data.Map mb) {
        if (ma.entries == mb.entries) continue;
        if (ma.entries.length() != mb.entries.length()) return false;
        Iterator<Constant> ia = ma.entries.iterator();
        Iterator<Constant> ib = mb.entries.iterator();
        while (ia.hasNext()) {
          PairConstant pa = (PairConstant) ia.next();
          PairConstant pb = (PairConstant) ib.next();
          pending.push((Data) pa.first());
          pending.push((Data) pb.first());
          pending.push((Data) pa.second());
          pending.push((Data) pb.second());
        }
      } else if (a instanceof Data.List la && b instanceof Data.List lb) {
        if (!pushItems(la.items, lb.items, pending)) return false;
      } else if (a instanceof Data.I ia && b instanceof Data.I ib) {
        if (!ia.value.equals(ib.value)) return false;
      } else if (a instanceof Data.B ba && b instanceof Data.B bb) {
        if (!Arrays.equals(ba.value(), bb.value())) return false;
      } else {
        return false;
      }
    }
    return true;
  }

  /** Pushes the pairs of corresponding items; false when the lengths differ. */
  private static boolean pushItems(ListConstant xs, ListConstant ys, ArrayDeque<Data> pending) {
    if (xs == ys) return true;
    if (xs.length() != ys.length()) return false;
    Iterator<Constant> iy = ys.iterator();
    for (Constant cx : xs) {
      pending.push((Data) cx);
      pending.push((Data) iy.next());
    }
    return true;
  }
}
