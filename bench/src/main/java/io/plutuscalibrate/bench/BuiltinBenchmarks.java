package io.plutuscalibrate.bench;

import io.plutuscalibrate.models.CostingFun;
import io.plutuscalibrate.uplc.builtins.BuiltinContext;
import io.plutuscalibrate.uplc.builtins.BuiltinMeaning;
import io.plutuscalibrate.uplc.builtins.BuiltinSpec;
import io.plutuscalibrate.uplc.builtins.SizeMeasure;
import io.plutuscalibrate.uplc.cek.MachineParameters;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.CekValue;
import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.PairConstant;
import io.plutuscalibrate.uplc.core.Type;
import io.plutuscalibrate.uplc.core.UnitConstant;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The builtins the validation scripts call most (unConstrData, headList, tailList, ifThenElse,
 * sndPair, equalsInteger, fstPair, chooseList, unBData, ... in that order of calls), on arguments
 * of the sizes they see: {@code meaning} runs the builtin's denotation alone; {@code costed} also
 * sizes the arguments and evaluates the CPU and memory costing functions, as the machine does
 * for a saturated call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BuiltinBenchmarks {
  private static final BuiltinContext NO_LOG = message -> { };

  @Param({"unConstrData", "headList", "tailList", "ifThenElse", "sndPair", "equalsInteger",
      "fstPair", "chooseList", "unBData", "unListData", "equalsByteString", "unIData",
      "addInteger", "lessThanInteger", "equalsData"})
  public String fun;

  private BuiltinMeaning meaning;
  private SizeMeasure[] measures;
  private CostingFun costing;
  private CekValue[] args;
  private long[] sizes;

  @Setup
  public void setUp() {
    MachineParameters params = MachineParameters.defaults();
    DefaultFun f = DefaultFun.valueOf(fun);
    BuiltinSpec spec = params.builtins().find(f).orElseThrow();
    meaning = spec.meaning();
    measures = spec.sizes().toArray(new SizeMeasure[0]);
    costing = params.builtinCosts().get(f.name());
    args = arguments(f);
    sizes = new long[args.length];
  }

  static CekValue[] arguments(DefaultFun f) {
    byte[] hash = new byte[28];
    Arrays.fill(hash, (byte) 0x5a);
    Data datum = Data.constr(BigInteger.ONE, List.of(Data.integer(BigInteger.valueOf(42)),
        Data.bytes(hash), Data.list(List.of())));
    ListConstant list = ListConstant.of(Type.DATA, List.of(datum, Data.integer(BigInteger.TWO),
        Data.bytes(hash)));
    IntegerConstant a = IntegerConstant.of(123456789L);
    IntegerConstant b = IntegerConstant.of(987654321L);
    return switch (f) {
      case unConstrData -> new CekValue[] {datum};
      case headList, tailList -> new CekValue[] {list};
      case ifThenElse -> new CekValue[] {BoolConstant.TRUE, UnitConstant.UNIT, a};
      case sndPair, fstPair -> new CekValue[] {PairConstant.of(datum, list)};
      case chooseList -> new CekValue[] {list, a, b};
      case equalsInteger, addInteger, lessThanInteger -> new CekValue[] {a, b};
      case unBData -> new CekValue[] {Data.bytes(hash)};
      case unListData -> new CekValue[] {Data.list(List.of(datum, datum))};
      case unIData -> new CekValue[] {Data.integer(BigInteger.valueOf(42))};
      case equalsByteString -> new CekValue[] {ByteStringConstant.of(hash),
          ByteStringConstant.of(hash.clone())};
      case equalsData -> new CekValue[] {datum, Data.constr(BigInteger.ONE,
          List.of(Data.integer(BigInteger.valueOf(42)), Data.bytes(hash.clone()),
              Data.list(List.of())))};
      default -> throw new IllegalArgumentException("no arguments chosen for " + f);
    };
  }

  @Benchmark
  public Object meaning() {
    return meaning.apply(args, NO_LOG);
  }

  @Benchmark
  public long costed() {
    for (int i = 0; i < sizes.length; i++) sizes[i] = measures[i].size(args[i]);
    long cost = costing.cpu().cost(sizes) + costing.memory().cost(sizes);
    return cost ^ System.identityHashCode(meaning.apply(args, NO_LOG));
  }
}
