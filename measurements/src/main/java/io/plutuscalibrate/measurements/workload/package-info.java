/**
 * What a calibration sweep measures: the workload points.
 *
 * <p>{@link io.plutuscalibrate.measurements.workload.Workloads} lists the points of a sweep for a
 * {@link io.plutuscalibrate.measurements.workload.Grid} and a seed, deterministically. Each
 * {@link io.plutuscalibrate.measurements.workload.WorkloadPoint} has a name as in the official
 * benchmark data ({@code AddInteger/11/22}; see Note [Benchmark names] there), a unique id, a
 * kind ({@link io.plutuscalibrate.measurements.workload.WorkloadKind}) and the program to
 * evaluate, rebuilt from its seed on demand:
 * <ul>
 *   <li>BUILTIN: one point per argument sizes of every builtin, declared once per builtin in
 *       {@link io.plutuscalibrate.measurements.workload.BuiltinWorkloads} after the official
 *       budgeting benchmarks (plutus-core/cost-model/budgeting-bench);
 *   <li>OVERHEAD: {@code UnitTerm} and the no-ops {@code Nop1o}..{@code Nop6o}, whose times the
 *       fit subtracts from the builtins';
 *   <li>MACHINE_STEP: programs with designed counts of each step kind;
 *   <li>SCRIPT: whole scripts, the project's own and any directory of user scripts
 *       ({@link io.plutuscalibrate.measurements.workload.ScriptDirectory}), each with its bytes
 *       and decoder ({@link io.plutuscalibrate.measurements.workload.ScriptSource}) so that
 *       decoding is timed apart from evaluation.
 * </ul>
 * Every point runs on a machine made with
 * {@link io.plutuscalibrate.measurements.workload.Workloads#machineParameters}, which adds the
 * harness no-ops to the builtins and costs being calibrated.
 */
package io.plutuscalibrate.measurements.workload;
