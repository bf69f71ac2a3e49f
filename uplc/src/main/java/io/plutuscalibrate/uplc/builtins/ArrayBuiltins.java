package io.plutuscalibrate.uplc.builtins;

import static io.plutuscalibrate.uplc.builtins.SizeMeasure.DEFAULT;
import static io.plutuscalibrate.uplc.builtins.SizeMeasure.ONE;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.ArrayConstant;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The array builtins of CIP-0156 (lengthOfArray, listToArray, indexArray; batch 6) and
 * multiIndexArray (batch 7). The same in every variant. Arrays and lists are measured by their
 * length; indexArray's index is an {@code Int} (measured 1, see Note [Fixed-width arguments] in
 * {@link TypedArgs}).
 */
final class ArrayBuiltins {
  private ArrayBuiltins() {}

  /**
   * multiIndexArray fails on more indices than this ({@code maximumIndexCount}; see Plutus's Note
   * [Index count limitation for multiIndexArray]).
   */
  static final int MAXIMUM_INDEX_COUNT = 1024;

  static void register(BuiltinTable.Builder table, SemanticsVariant variant) {
    table.define(DefaultFun.lengthOfArray,
        (a, c) -> IntegerConstant.of(Args.array(a[0]).length()), DEFAULT);
    table.define(DefaultFun.listToArray, (a, c) -> {
      ListConstant xs = Args.list(a[0]);
      return ArrayConstant.of(xs.elementType(), xs.toList());
    }, DEFAULT);
    table.define(DefaultFun.indexArray, (a, c) -> {
      ArrayConstant vec = Args.array(a[0]);
      long i = TypedArgs.int64(a[1]);
      if (i < 0 || i >= vec.length()) throw OperationalFailure.of(c, "Array index out of bounds");
      return vec.get((int) i);
    }, DEFAULT, ONE);
    table.define(DefaultFun.multiIndexArray,
        (a, c) -> multiIndex(Args.array(a[0]), TypedArgs.listOf(a[1], Type.INTEGER), c),
        DEFAULT, DEFAULT);
  }

  /**
   * The elements at the given indices, in the order of the indices. Checks each index as it walks
   * the list, as Plutus does: the walk fails at the first index out of range or at the
   * (MAXIMUM_INDEX_COUNT + 1)-th index, logging the same lines as Plutus's {@code emit}s.
   */
  static ListConstant multiIndex(ArrayConstant vec, ListConstant indices, BuiltinContext c) {
    List<Constant> out = new ArrayList<>(Math.min(indices.length(), MAXIMUM_INDEX_COUNT));
    int n = 0;
    BigInteger len = BigInteger.valueOf(vec.length());
    for (Constant index : indices) {
      if (n >= MAXIMUM_INDEX_COUNT) {
        String msg = "multiIndexArray: too many indices (maximum is " + MAXIMUM_INDEX_COUNT + ")";
        throw OperationalFailure.of(c, msg);
      }
      BigInteger i = ((IntegerConstant) index).value();
      if (i.signum() < 0 || i.compareTo(len) >= 0) {
        c.log("multiIndexArray: array index out of bounds");
        throw OperationalFailure.of(c, "Index: " + i);
      }
      out.add(vec.get(i.intValue()));
      n++;
    }
    return ListConstant.of(vec.elementType(), out);
  }
}
