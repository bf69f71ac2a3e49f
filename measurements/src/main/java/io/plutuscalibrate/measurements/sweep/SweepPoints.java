package io.plutuscalibrate.measurements.sweep;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.cek.MachineParameters;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.core.Term;
import io.plutuscalibrate.uplc.core.UnitConstant;
import io.plutuscalibrate.uplc.core.Version;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The points of a sweep. PROVISIONAL: a handful of points built here until the workloads
 * (io.plutuscalibrate.measurements.workload) land; then this delegates to them.
 */
public final class SweepPoints {
  private SweepPoints() {}

  public static List<SweepPoint> of(String grid, long seed, List<String> builtins,
      SemanticsVariant variant) {
    List<SweepPoint> out = new ArrayList<>();
    out.add(SweepPoint.of("UnitTerm/1", "UnitTerm/1", "UnitTerm", "OVERHEAD",
        new Program(Version.V1_1_0, new Term.Const(UnitConstant.UNIT))));
    int[] words = grid.equals("quick") ? new int[] {1, 10} : new int[] {1, 4, 10, 40};
    for (String b : builtins.isEmpty() ? List.of("addInteger", "equalsInteger", "sha2_256") : builtins) {
      DefaultFun f = DefaultFun.fromName(b).orElseThrow(
          () -> new IllegalArgumentException("--builtins: no builtin named '" + b + "'"));
      for (int w : words) {
        List<Constant> args = new ArrayList<>();
        for (int i = 0; i < f.arity(); i++) {
          args.add(f == DefaultFun.sha2_256 ? ByteStringConstant.of(new byte[8 * w])
              : IntegerConstant.of(BigInteger.ONE.shiftLeft(64 * w - 2).add(BigInteger.valueOf(seed + i))));
        }
        Term t = new Term.Builtin(f);
        for (Constant c : args) t = new Term.Apply(t, new Term.Const(c));
        String group = Character.toUpperCase(b.charAt(0)) + b.substring(1);
        StringBuilder name = new StringBuilder(group);
        for (int i = 0; i < f.arity(); i++) name.append('/').append(w);
        out.add(SweepPoint.of(name.toString(), name.toString(), group, "BUILTIN",
            new Program(Version.V1_1_0, t)));
      }
    }
    return out;
  }

  public static MachineParameters machineParameters(SemanticsVariant variant) {
    return MachineParameters.forVariant(variant);
  }
}
