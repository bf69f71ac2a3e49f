package io.plutuscalibrate.uplc.builtins;

import static io.plutuscalibrate.uplc.builtins.BuiltinCalls.i;
import static io.plutuscalibrate.uplc.builtins.BuiltinCalls.ints;
import static io.plutuscalibrate.uplc.builtins.BuiltinCalls.s;
import static io.plutuscalibrate.uplc.core.DefaultFun.indexArray;
import static io.plutuscalibrate.uplc.core.DefaultFun.lengthOfArray;
import static io.plutuscalibrate.uplc.core.DefaultFun.listToArray;
import static io.plutuscalibrate.uplc.core.DefaultFun.multiIndexArray;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.ArrayConstant;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArrayBuiltinsTest {
  private final BuiltinCalls e = BuiltinCalls.in(SemanticsVariant.E);
  private static final ArrayConstant ABC =
      ArrayConstant.of(Type.STRING, List.of(s("a"), s("b"), s("c")));

  @Test
  void listToArrayLengthAndIndex() {
    ArrayConstant arr = (ArrayConstant) e.call(listToArray, ints(10, 20, 30));
    assertEquals(Type.array(Type.INTEGER), arr.type());
    assertEquals(i(3), e.call(lengthOfArray, arr));
    assertEquals(i(30), e.call(indexArray, arr, i(2)));
    assertEquals(Type.array(Type.DATA),
        ((ArrayConstant) e.call(listToArray, ListConstant.empty(Type.DATA))).type());
    assertEquals(i(0), e.call(lengthOfArray, ArrayConstant.of(Type.BOOL, List.of())));
  }

  @Test
  void indexArrayOutOfBounds() {
    e.fails(indexArray, ABC, i(3));
    e.fails(indexArray, ABC, i(-1));
    assertEquals(List.of("Array index out of bounds", "Array index out of bounds"), e.logs);
    e.fails(indexArray, ABC, i("9223372036854775808")); // not an Int64: unlifting failure
    e.fails(indexArray, ints(1), i(0));
    assertEquals(2, e.logs.size());
  }

  @Test
  void multiIndexArrayReadsInTheOrderOfTheIndices() {
    assertEquals(ListConstant.of(Type.STRING, List.of(s("c"), s("a"), s("c"), s("b"))),
        e.call(multiIndexArray, ABC, ints(2, 0, 2, 1)));
    assertEquals(ListConstant.empty(Type.STRING), e.call(multiIndexArray, ABC, ints()));
  }

  @Test
  void multiIndexArrayFailsOnAnIndexOutOfRange() {
    BuiltinCalls calls = BuiltinCalls.in(SemanticsVariant.E);
    calls.fails(multiIndexArray, ABC, ints(0, 3, 1));
    assertEquals(List.of("multiIndexArray: array index out of bounds", "Index: 3"), calls.logs);
    calls.fails(multiIndexArray, ABC, ints(-1));
    calls.fails(multiIndexArray, ArrayConstant.of(Type.STRING, List.of()), ints(0));
  }

  @Test
  void multiIndexArrayTakesAtMost1024Indices() {
    long[] zeros = new long[1024];
    assertEquals(1024, ((ListConstant) e.call(multiIndexArray, ABC, ints(zeros))).length());
    BuiltinCalls calls = BuiltinCalls.in(SemanticsVariant.E);
    calls.fails(multiIndexArray, ABC, ints(new long[1025]));
    assertEquals(List.of("multiIndexArray: too many indices (maximum is 1024)"), calls.logs);
  }

  @Test
  void multiIndexArrayNeedsAListOfIntegers() {
    e.fails(multiIndexArray, ABC, ListConstant.of(Type.STRING, List.<Constant>of(s("0"))));
    e.fails(multiIndexArray, ABC, ListConstant.empty(Type.STRING));
    e.fails(multiIndexArray, ints(1), ints(0));
  }
}
