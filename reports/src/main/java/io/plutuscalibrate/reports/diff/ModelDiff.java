package io.plutuscalibrate.reports.diff;

import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.CostingFun;
import io.plutuscalibrate.models.OfficialModels;
import io.plutuscalibrate.models.ledger.CostModelParams;
import io.plutuscalibrate.models.ledger.PlutusLedgerLanguage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares two sides into a {@link DiffReport}.
 *
 * <p>Note [Comparing by parameter name]: the sides are compared at two levels. Parameters by the
 * ledger's flattened names (Note [Flattening as the ledger does] in {@code CostModelParams}), so
 * that a diff of readable JSON files and a diff of arrays speak the same language and list the
 * same changes; and shapes, per builtin and resource, because the names do not carry the shape:
 * divideInteger's CPU model is {@code const_above_diagonal} in variant C and
 * {@code above_and_below_diagonal} in E with identical names. A shape change is shown as such,
 * plus whatever parameter changes come with it (fields that differ appear as removed and added
 * parameters). Builtins on one side only are listed as added or removed, and their parameters as
 * added or removed parameters. An array side's parameters are exactly its language's names, so a
 * readable side compared with an array side shows as removed the parameters the array has no
 * place for.
 *
 * <p>Pairing: two readable models make one comparison; arrays are compared language by language
 * (a language on one side only is reported as added or removed); a readable model against arrays
 * is compared with each language of the arrays.
 *
 * <p>Note [Machine costs in a diff]: machine-cost parameters are compared when at least one side
 * gave machine costs (arrays always do); a side that gave none takes the official machine costs of
 * its semantics variant, and the report says so. When neither side gave any they are left out of
 * the parameters: comparing two defaults would report official files nobody asked about. Scripts
 * are always re-costed with each side's machine costs, given or default.
 */
public final class ModelDiff {
  static final String MODELS = "models";

  private ModelDiff() {}

  public static DiffReport compare(Side current, Side proposed, DiffOptions options)
      throws DiffInputException {
    Set<PlutusLedgerLanguage> languages = options.languages();
    for (PlutusLedgerLanguage l : languages) {
      if (!current.arrays().containsKey(l) && !proposed.arrays().containsKey(l)) {
        boolean noArrays = current.arrays().isEmpty() && proposed.arrays().isEmpty();
        throw new DiffInputException("--language " + l + ": neither side has a " + l + " array"
            + (noArrays
                ? " (--language selects among ledger arrays; both sides are readable models)"
                : ""));
      }
    }
    Map<String, SideModel> cur = current.models(languages);
    Map<String, SideModel> prop = proposed.models(languages);
    List<Comparison> comparisons = new ArrayList<>();
    boolean curReadable = cur.containsKey(Side.READABLE);
    boolean propReadable = prop.containsKey(Side.READABLE);
    if (curReadable && propReadable) {
      comparisons.add(compare(MODELS, cur.get(Side.READABLE), prop.get(Side.READABLE), options));
    } else if (curReadable) {
      for (Map.Entry<String, SideModel> e : prop.entrySet()) {
        comparisons.add(compare(e.getKey(), cur.get(Side.READABLE), e.getValue(), options));
      }
    } else if (propReadable) {
      for (Map.Entry<String, SideModel> e : cur.entrySet()) {
        comparisons.add(compare(e.getKey(), e.getValue(), prop.get(Side.READABLE), options));
      }
    } else {
      for (PlutusLedgerLanguage l : PlutusLedgerLanguage.values()) {
        SideModel c = cur.get(l.name());
        SideModel p = prop.get(l.name());
        if (c != null && p != null) {
          comparisons.add(compare(l.name(), c, p, options));
        } else if (c != null || p != null) {
          comparisons.add(new Comparison(l.name(), Optional.ofNullable(c), Optional.ofNullable(p),
              false, List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty()));
        }
      }
    }
    List<String> notes = new ArrayList<>();
    if (comparisons.stream().anyMatch(c -> c.onBothSides() && !c.machineCompared())) {
      notes.add("Machine costs were given on neither side, so they are not compared; scripts are"
          + " re-costed with the official machine costs of each side's semantics variant.");
    }
    return new DiffReport(
        new DiffReport.SideSummary(current.files(), current.consistency(languages)),
        new DiffReport.SideSummary(proposed.files(), proposed.consistency(languages)),
        comparisons, notes);
  }

  /** One comparison of two models. See Note [Comparing by parameter name]. */
  static Comparison compare(String name, SideModel c, SideModel p, DiffOptions options) {
    boolean machine = c.machineGiven() || p.machineGiven();
    Map<String, Long> cp = parameters(c, machine);
    Map<String, Long> pp = parameters(p, machine);
    List<ParameterChange> params = new ArrayList<>();
    for (Map.Entry<String, Long> e : cp.entrySet()) {
      Long other = pp.get(e.getKey());
      if (!e.getValue().equals(other)) {
        params.add(new ParameterChange(e.getKey(), Optional.of(e.getValue()),
            Optional.ofNullable(other)));
      }
    }
    for (Map.Entry<String, Long> e : pp.entrySet()) {
      if (!cp.containsKey(e.getKey())) {
        params.add(new ParameterChange(e.getKey(), Optional.empty(), Optional.of(e.getValue())));
      }
    }
    BuiltinCostModel cb = c.builtins();
    BuiltinCostModel pb = p.builtins();
    List<String> removed = new ArrayList<>();
    List<ShapeChange> shapes = new ArrayList<>();
    List<BuiltinCostChange> predicted = new ArrayList<>();
    for (Map.Entry<String, CostingFun> e : cb.asMap().entrySet()) {
      Optional<CostingFun> other = pb.find(e.getKey());
      if (other.isEmpty()) {
        removed.add(e.getKey());
      } else if (!e.getValue().equals(other.get())) {
        shapes.addAll(ShapeChange.between(e.getKey(), e.getValue(), other.get()));
        predicted.add(CostGrid.evaluate(e.getKey(), e.getValue(), other.get()));
      }
    }
    List<String> added = new ArrayList<>();
    for (String b : pb.builtins()) {
      if (cb.find(b).isEmpty()) {
        added.add(b);
      }
    }
    Optional<ScriptRecosting> scripts =
        options.scripts().map(s -> ScriptRecosting.run(s, c, p, options.limit()));
    return new Comparison(name, Optional.of(c), Optional.of(p), machine, params, shapes, added,
        removed, predicted, scripts);
  }

  private static Map<String, Long> parameters(SideModel m, boolean withMachine) {
    if (withMachine) {
      return m.parameters();
    }
    Set<String> machineNames = machineNames();
    Map<String, Long> out = new LinkedHashMap<>();
    m.parameters().forEach((k, v) -> {
      if (!machineNames.contains(k)) {
        out.put(k, v);
      }
    });
    return out;
  }

  /** The names of the machine-cost parameters ({@code cekApplyCost-exBudgetCPU}, ...). */
  static Set<String> machineNames() {
    return MachineNames.ALL;
  }

  private static final class MachineNames {
    static final Set<String> ALL = Set.copyOf(CostModelParams.extract(
        BuiltinCostModel.of(Map.of()), OfficialModels.newestMachineCosts()).keySet());
  }
}
