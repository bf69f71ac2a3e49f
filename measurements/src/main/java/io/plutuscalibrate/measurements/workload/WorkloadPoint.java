package io.plutuscalibrate.measurements.workload;

import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.Program;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One measured point: what to evaluate and the name its times are recorded under.
 *
 * <p>Note [Benchmark names]: {@link #name} is the point's name in a criterion CSV exactly as the
 * official benchmarks write it, {@code Group/size/size/...}: the group is the builtin's Haskell
 * constructor ({@code AddInteger}, see {@link BenchmarkNames}) and the sizes are those of the
 * arguments as the builtin's costing function measures them, in ExMemory units
 * ({@code AddInteger/11/22}). Which arguments appear follows the official benchmark of the
 * builtin (ifThenElse names only its two branches, mkCons only its element, chooseData only its
 * Data). Where every argument has a size fixed by its type (a BLS12-381 point, an ECDSA key and
 * signature, a pair, the unit) several points share a name, as they do in the official data;
 * {@link #id} tells them apart ({@code Bls12_381_G1_add/18/18@2}) and is unique among the points
 * of a sweep. Write {@link #name} into the CSV (the fitter reads it; {@code #} would start a
 * comment there) and key anything else by {@link #id}. Machine-step and script points are named
 * {@code MachineSteps/<variant>/<n>}, {@code Script/<program>/<n>} and
 * {@code UserScript/<file>}: not of the CSV form, so the fitter never mistakes them for builtins.
 *
 * <p>{@link #program} builds the program afresh on every call, deterministically from the point's
 * seed (points can hold megabytes; a sweep keeps only the one being measured): call it once per
 * measurement and keep the result while measuring.
 */
public final class WorkloadPoint {
  private final String id;
  private final String name;
  private final String group;
  private final WorkloadKind kind;
  private final List<Long> sizes;
  private final DefaultFun builtin;
  private final Supplier<BuiltinCall> call;
  private final Supplier<Program> program;
  private final ScriptSource script;

  private WorkloadPoint(String id, String name, String group, WorkloadKind kind, List<Long> sizes,
      DefaultFun builtin, Supplier<BuiltinCall> call, Supplier<Program> program,
      ScriptSource script) {
    this.id = Objects.requireNonNull(id);
    this.name = Objects.requireNonNull(name);
    this.group = Objects.requireNonNull(group);
    this.kind = Objects.requireNonNull(kind);
    this.sizes = List.copyOf(sizes);
    this.builtin = builtin;
    this.call = call;
    this.program = Objects.requireNonNull(program);
    this.script = script;
  }

  /** A builtin call (kind BUILTIN, or OVERHEAD for a no-op), built by {@code call} on demand. */
  static WorkloadPoint ofCall(WorkloadKind kind, String name, DefaultFun fun, List<Long> sizes,
      Supplier<BuiltinCall> call) {
    Supplier<Program> program = () -> call.get().program();
    return new WorkloadPoint(name, name, BenchmarkNames.group(fun), kind, sizes, fun, call,
        program, null);
  }

  /** A point that is a whole program (OVERHEAD without a builtin, MACHINE_STEP). */
  static WorkloadPoint ofProgram(WorkloadKind kind, String name, String group, List<Long> sizes,
      Supplier<Program> program) {
    return new WorkloadPoint(name, name, group, kind, sizes, null, null, program, null);
  }

  /** A script point: {@link #program} decodes the script's bytes. */
  static WorkloadPoint ofScript(String name, String group, List<Long> sizes, ScriptSource script) {
    return new WorkloadPoint(name, name, group, WorkloadKind.SCRIPT, sizes, null, null,
        () -> script.decode().orElseThrow(), script);
  }

  /** This point under another id (a repeated name); see Note [Benchmark names]. */
  WorkloadPoint withId(String newId) {
    return new WorkloadPoint(newId, name, group, kind, sizes, builtin, call, program, script);
  }

  /** Unique among the points of a sweep; see Note [Benchmark names]. */
  public String id() {
    return id;
  }

  /** The name as in a criterion CSV; see Note [Benchmark names]. */
  public String name() {
    return name;
  }

  /** The part of the name before the first slash: {@code AddInteger}, {@code MachineSteps}, ... */
  public String group() {
    return group;
  }

  public WorkloadKind kind() {
    return kind;
  }

  /** The sizes in the name, in order (for a machine-step or script point: its size parameter). */
  public List<Long> sizes() {
    return sizes;
  }

  /** The builtin a BUILTIN or no-op OVERHEAD point calls. */
  public Optional<DefaultFun> builtin() {
    return Optional.ofNullable(builtin);
  }

  /** The call a BUILTIN or no-op OVERHEAD point evaluates, built afresh. */
  public Optional<BuiltinCall> call() {
    return call == null ? Optional.empty() : Optional.of(call.get());
  }

  /** The program to evaluate, built afresh (deterministically) on every call. */
  public Program program() {
    return program.get();
  }

  /** The script of a SCRIPT point: its bytes, their format and how to decode them. */
  public Optional<ScriptSource> script() {
    return Optional.ofNullable(script);
  }

  @Override
  public String toString() {
    return id;
  }
}
