package io.plutuscalibrate.measurements.workload;

import io.plutuscalibrate.uplc.builtins.SizeMeasure;
import io.plutuscalibrate.uplc.core.DefaultFun;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How one builtin is measured, declared once: which arguments its points are named by and with
 * which measure, and the points of each grid as argument generators. {@link Workloads}
 * interprets every declaration the same way (see Note [From declarations to points] there).
 */
public final class BuiltinWorkload {
  private final DefaultFun fun;
  private final List<NamedArg> named;
  private final List<ArgsGen> quick;
  private final List<ArgsGen> standard;
  private final boolean redrawRepeats;

  private BuiltinWorkload(Builder b) {
    this.fun = b.fun;
    this.named = List.copyOf(b.named);
    this.quick = List.copyOf(b.quick);
    this.standard = List.copyOf(b.standard);
    this.redrawRepeats = b.redrawRepeats;
    for (NamedArg a : named) {
      if (a.position() >= fun.arity()) {
        throw new IllegalArgumentException(fun + " has no argument " + a.position());
      }
    }
    if (quick.isEmpty() || standard.isEmpty()) {
      throw new IllegalArgumentException(fun + " needs points in both grids");
    }
  }

  public DefaultFun fun() {
    return fun;
  }

  /** The CSV group: the builtin's Haskell constructor name. */
  public String group() {
    return BenchmarkNames.group(fun);
  }

  /** The number of points in {@code grid}. */
  public int size(Grid grid) {
    return cases(grid).size();
  }

  List<NamedArg> named() {
    return named;
  }

  List<ArgsGen> cases(Grid grid) {
    return grid == Grid.QUICK ? quick : standard;
  }

  /**
   * Whether a point whose name repeats an earlier one is drawn again (up to a limit): for
   * arguments of random size (Data, random arrays), where another draw gives another name.
   */
  boolean redrawRepeats() {
    return redrawRepeats;
  }

  static Builder of(DefaultFun fun) {
    return new Builder(fun);
  }

  static final class Builder {
    private final DefaultFun fun;
    private final List<NamedArg> named = new ArrayList<>();
    private List<ArgsGen> quick = List.of();
    private List<ArgsGen> standard = List.of();
    private boolean redrawRepeats;

    private Builder(DefaultFun fun) {
      this.fun = Objects.requireNonNull(fun);
    }

    /** Every argument is in the name, in order, measured so. */
    Builder named(SizeMeasure... measures) {
      if (measures.length != fun.arity()) {
        throw new IllegalArgumentException(fun + " takes " + fun.arity() + " arguments");
      }
      for (int i = 0; i < measures.length; i++) named.add(new NamedArg(i, measures[i]));
      return this;
    }

    /** Every argument is in the name, in order, by its default measure. */
    Builder namedByDefault() {
      for (int i = 0; i < fun.arity(); i++) named.add(new NamedArg(i, SizeMeasure.DEFAULT));
      return this;
    }

    /** Argument {@code position} is the next size in the name. */
    Builder namedAt(int position, SizeMeasure measure) {
      named.add(new NamedArg(position, measure));
      return this;
    }

    Builder quick(List<ArgsGen> cases) {
      this.quick = cases;
      return this;
    }

    Builder standard(List<ArgsGen> cases) {
      this.standard = cases;
      return this;
    }

    Builder redrawRepeats() {
      this.redrawRepeats = true;
      return this;
    }

    BuiltinWorkload build() {
      return new BuiltinWorkload(this);
    }
  }
}
