package io.plutuscalibrate.models;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The contents of a {@code builtinCostModel*.json} file: a costing function per builtin, keyed by
 * the builtin's name exactly as in the JSON ({@code addInteger}, {@code bls12_381_G1_add}, ...),
 * in file order. Immutable.
 */
public final class BuiltinCostModel {
  private final Map<String, CostingFun> functions;

  private BuiltinCostModel(Map<String, CostingFun> functions) {
    this.functions = Collections.unmodifiableMap(new LinkedHashMap<>(functions));
  }

  /** A model with the given functions, in the iteration order of the map. */
  public static BuiltinCostModel of(Map<String, CostingFun> functions) {
    return new BuiltinCostModel(functions);
  }

  public Optional<CostingFun> find(String builtin) {
    return Optional.ofNullable(functions.get(builtin));
  }

  /** The costing function of {@code builtin}; {@link CostingFun#UNIMPLEMENTED} when absent. */
  public CostingFun get(String builtin) {
    return functions.getOrDefault(builtin, CostingFun.UNIMPLEMENTED);
  }

  public Set<String> builtins() {
    return functions.keySet();
  }

  public Map<String, CostingFun> asMap() {
    return functions;
  }

  /** A copy with one builtin's costing function replaced (or added at the end). */
  public BuiltinCostModel with(String builtin, CostingFun fun) {
    Map<String, CostingFun> copy = new LinkedHashMap<>(functions);
    copy.put(builtin, fun);
    return new BuiltinCostModel(copy);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BuiltinCostModel other && functions.equals(other.functions);
  }

  @Override
  public int hashCode() {
    return functions.hashCode();
  }

  @Override
  public String toString() {
    return "BuiltinCostModel" + functions;
  }
}
