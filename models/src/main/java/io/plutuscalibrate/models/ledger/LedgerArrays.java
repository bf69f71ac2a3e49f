package io.plutuscalibrate.models.ledger;

import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.MachineCosts;
import io.plutuscalibrate.models.OfficialModels;
import io.plutuscalibrate.models.SemanticsVariant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cost models to and from the ledger's parameter arrays.
 *
 * <p>Note [Array counts]: an array is built for a count that ends a deployment batch (Note
 * [Batches of parameters] in {@link ParamNames}), e.g. 297 for PlutusV3 after Plomin; any other
 * count is refused, since no ledger has or will have such an array and a typo (296) should not
 * become a governance action. Reading is lenient instead, as the ledger is: any length is decoded
 * and what does not fit is reported ({@link DecodedCostModel}).
 *
 * <p>Note [Parameters an array cannot carry]: an array carries values only; the shapes come from
 * a semantics variant's official model when it is read back. A model whose shape for a builtin
 * differs from the one the language's names describe (say a {@code multiplied_sizes} CPU model
 * for {@code divideInteger} written as a PlutusV3 array, whose names are those of a nested
 * quadratic) either lacks names the order needs or has parameters the order has no place for.
 * Both are refused when building an array: the first cannot be filled and the second would be
 * dropped silently, so the array would not mean the model.
 */
public final class LedgerArrays {
  private LedgerArrays() {}

  /** The array of all of the language's parameters (its last batch). */
  public static CostModelArray encode(
      PlutusLedgerLanguage language, BuiltinCostModel builtins, MachineCosts machineCosts)
      throws CostModelParamsException {
    return encode(language, ParamNames.of(language).size(), builtins, machineCosts);
  }

  /**
   * The array of the first {@code count} parameters of the language, in the ledger's order.
   *
   * @throws CostModelParamsException if {@code count} does not end a batch (Note [Array counts]),
   *     or the model lacks parameters the order needs, or has parameters of the builtins the
   *     array covers that the order cannot carry (Note [Parameters an array cannot carry])
   */
  public static CostModelArray encode(PlutusLedgerLanguage language, int count,
      BuiltinCostModel builtins, MachineCosts machineCosts) throws CostModelParamsException {
    ParamNames order = ParamNames.of(language);
    if (!order.isBatchCount(count)) {
      throw new CostModelParamsException(language + " has no array of " + count
          + " parameters: the counts that end a deployment batch are " + order.batchCounts(),
          List.of());
    }
    Map<String, Long> params = CostModelParams.extract(builtins, machineCosts);
    List<String> names = order.names(count);
    List<String> missing = new ArrayList<>();
    List<Long> values = new ArrayList<>(count);
    for (String name : names) {
      Long v = params.get(name);
      if (v == null) {
        missing.add(name);
      } else {
        values.add(v);
      }
    }
    List<String> uncarried = uncarried(order, names, params.keySet());
    if (!missing.isEmpty() || !uncarried.isEmpty()) {
      List<String> all = new ArrayList<>(missing);
      all.addAll(uncarried);
      StringBuilder m = new StringBuilder("the cost model does not fit the " + language
          + " parameter order");
      if (!missing.isEmpty()) {
        m.append("; it lacks ").append(CostModelParamsException.list(missing));
      }
      if (!uncarried.isEmpty()) {
        m.append("; the order has no place for ").append(CostModelParamsException.list(uncarried));
      }
      m.append(" (the shapes of those builtins differ from the ones ").append(language)
          .append(" names describe, which are those of semantics variants ")
          .append(language.variants()).append(')');
      throw new CostModelParamsException(m.toString(), all);
    }
    return new CostModelArray(language, values);
  }

  /** Parameters of the builtins among {@code names} that the whole order does not name. */
  private static List<String> uncarried(ParamNames order, List<String> names, Set<String> params) {
    Set<String> covered = new HashSet<>();
    for (String n : names) {
      covered.add(owner(n));
    }
    List<String> out = new ArrayList<>();
    for (String p : params) {
      if (covered.contains(owner(p)) && order.indexOf(p) < 0) {
        out.add(p);
      }
    }
    return out;
  }

  /** The builtin (or machine cost) a parameter belongs to: its name up to the first '-'. */
  private static String owner(String name) {
    int dash = name.indexOf('-');
    return dash < 0 ? name : name.substring(0, dash);
  }

  /**
   * Reads an array back into a cost model, taking the shapes from {@code variant}'s official
   * model (the array carries no types: the same names mean different shapes in different
   * variants, e.g. divideInteger's CPU model in C and in E). Values are assigned by position as
   * the ledger does: extra values are ignored, and parameters after the array's end are set to
   * {@code maxBound}; both are reported in the result, not thrown.
   *
   * @throws CostModelParamsException if the variant's model lacks some of the language's
   *     parameters, i.e. the variant is not one the ledger uses for this language
   */
  public static DecodedCostModel decode(CostModelArray array, SemanticsVariant variant)
      throws CostModelParamsException {
    PlutusLedgerLanguage language = array.language();
    ParamNames order = ParamNames.of(language);
    CostModelParams.Model template = new CostModelParams.Model(
        OfficialModels.builtinCostModel(variant), OfficialModels.machineCosts(variant));
    Map<String, Long> official =
        CostModelParams.extract(template.builtins(), template.machineCosts());
    List<String> absent = new ArrayList<>();
    for (String name : order.names()) {
      if (!official.containsKey(name)) {
        absent.add(name);
      }
    }
    if (!absent.isEmpty()) {
      throw new CostModelParamsException("semantics variant " + variant + " cannot read a "
          + language + " array: its model has no parameter " + CostModelParamsException.list(absent)
          + " (" + language + " uses variants " + language.variants() + ")", absent);
    }
    Map<String, Long> assigned = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    List<Long> values = array.values();
    for (int i = 0; i < order.size(); i++) {
      String name = order.names().get(i);
      if (i < values.size()) {
        assigned.put(name, values.get(i));
      } else {
        assigned.put(name, Long.MAX_VALUE);
        missing.add(name);
      }
    }
    CostModelParams.Model model = CostModelParams.apply(template, assigned);
    return new DecodedCostModel(language, variant, model.builtins(), model.machineCosts(),
        order.size(), values.size(), missing);
  }
}
