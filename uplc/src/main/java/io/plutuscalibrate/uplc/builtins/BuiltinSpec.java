package io.plutuscalibrate.uplc.builtins;

import io.plutuscalibrate.uplc.core.DefaultFun;
import java.util.List;
import java.util.Objects;

/**
 * One builtin as the machine runs it under one semantics variant: its meaning and the size
 * measure of each argument that its costing function is applied to.
 */
public record BuiltinSpec(DefaultFun fun, List<SizeMeasure> sizes, BuiltinMeaning meaning) {
  public BuiltinSpec {
    Objects.requireNonNull(fun);
    Objects.requireNonNull(meaning);
    sizes = List.copyOf(sizes);
    if (sizes.size() != fun.arity()) {
      throw new IllegalArgumentException(
          fun + " takes " + fun.arity() + " arguments but " + sizes.size() + " size measures were given");
    }
  }
}
