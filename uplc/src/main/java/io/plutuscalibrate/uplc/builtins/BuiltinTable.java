package io.plutuscalibrate.uplc.builtins;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The builtins the embedded node implements under one semantics variant: one {@link BuiltinSpec}
 * per {@link DefaultFun}. Each family of builtins (integers, bytestrings, data, ...) declares its
 * builtins in one file with a {@code register} method; this class runs them all.
 */
public final class BuiltinTable {

  /** A family of builtins: declares each of its builtins into the table under a variant. */
  @FunctionalInterface
  public interface Family {
    void register(Builder table, SemanticsVariant variant);
  }

  // Every family, once. Add a new family file here.
  private static final List<Family> FAMILIES = List.of(
      IntegerBuiltins::register,
      ByteStringBuiltins::register,
      StringBuiltins::register,
      ControlBuiltins::register,
      PairBuiltins::register,
      ListBuiltins::register,
      DataBuiltins::register,
      ArrayBuiltins::register,
      HashBuiltins::register,
      BitwiseBuiltins::register,
      ConversionBuiltins::register,
      ValueBuiltins::register,
      SignatureBuiltins::register,
      Bls12381Builtins::register);

  private static final Map<SemanticsVariant, BuiltinTable> CACHE =
      Collections.synchronizedMap(new EnumMap<>(SemanticsVariant.class));

  private final SemanticsVariant variant;
  private final BuiltinSpec[] byFun;

  private BuiltinTable(SemanticsVariant variant, BuiltinSpec[] byFun) {
    this.variant = variant;
    this.byFun = byFun;
  }

  /** The table for a variant (built once, then shared; it is immutable). */
  public static BuiltinTable forVariant(SemanticsVariant variant) {
    return CACHE.computeIfAbsent(variant, v -> {
      Builder b = new Builder();
      for (Family f : FAMILIES) f.register(b, v);
      return new BuiltinTable(v, b.specs);
    });
  }

  /**
   * A new table with this table's builtins and those {@code extra} declares, which must be others
   * (the measurement harness adds its no-ops this way: see {@link HarnessBuiltins}).
   */
  public BuiltinTable with(Family extra) {
    Builder b = new Builder();
    System.arraycopy(byFun, 0, b.specs, 0, byFun.length);
    extra.register(b, variant);
    return new BuiltinTable(variant, b.specs);
  }

  /**
   * A table of only the given families, not cached: for tests and tools that run a machine over
   * a chosen set of builtins. {@link #forVariant} is the table of every family.
   */
  public static BuiltinTable of(SemanticsVariant variant, List<Family> families) {
    Builder b = new Builder();
    for (Family f : families) f.register(b, variant);
    return new BuiltinTable(variant, b.specs);
  }

  public SemanticsVariant variant() {
    return variant;
  }

  /** The builtin's spec, or empty when the embedded node does not implement it. */
  public Optional<BuiltinSpec> find(DefaultFun fun) {
    return Optional.ofNullable(byFun[fun.ordinal()]);
  }

  /** The spec or null; for the machine's hot path. */
  public BuiltinSpec getOrNull(DefaultFun fun) {
    return byFun[fun.ordinal()];
  }

  /** Collects the declarations of the families. */
  public static final class Builder {
    private final BuiltinSpec[] specs = new BuiltinSpec[DefaultFun.values().length];

    private Builder() {}

    /** Declares {@code fun} with its meaning and the size measure of each argument. */
    public void define(DefaultFun fun, BuiltinMeaning meaning, SizeMeasure... sizes) {
      if (specs[fun.ordinal()] != null) {
        throw new IllegalStateException(fun + " is declared twice");
      }
      specs[fun.ordinal()] = new BuiltinSpec(fun, Arrays.asList(sizes), meaning);
    }
  }
}
