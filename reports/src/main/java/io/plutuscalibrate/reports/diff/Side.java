package io.plutuscalibrate.reports.diff;

import io.plutuscalibrate.models.MachineCosts;
import io.plutuscalibrate.models.OfficialModels;
import io.plutuscalibrate.models.ledger.CostModelParams;
import io.plutuscalibrate.models.ledger.CostModelParamsException;
import io.plutuscalibrate.models.ledger.DecodedCostModel;
import io.plutuscalibrate.models.ledger.LedgerArrays;
import io.plutuscalibrate.models.ledger.ParamNames;
import io.plutuscalibrate.models.ledger.PlutusLedgerLanguage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One side of a diff (current or proposed) as read from its files: a readable model, ledger
 * arrays, or both (see Note [Readable model against array] in {@link ConsistencyCheck}).
 *
 * @param files the files read, with their kinds
 * @param arraysSource the file the arrays came from, empty when there are none
 */
public record Side(
    List<SideFile> files,
    Optional<ReadableModel> readable,
    Map<PlutusLedgerLanguage, LedgerInput> arrays,
    Optional<String> arraysSource,
    VariantChoice variants) {

  /** A file of a side and what it holds. */
  public record SideFile(String path, InputKind kind) {}

  /** The key of a readable model among a side's models (arrays are keyed by language name). */
  static final String READABLE = "";

  public Side {
    files = List.copyOf(files);
    arrays = Map.copyOf(arrays);
  }

  /**
   * The models this side brings to the comparisons: one per language of its arrays (those in
   * {@code languages}, or all when it is empty), keyed by language name; else its readable model,
   * keyed by {@link #READABLE}.
   */
  Map<String, SideModel> models(Set<PlutusLedgerLanguage> languages) throws DiffInputException {
    Map<String, SideModel> out = new LinkedHashMap<>();
    if (arrays.isEmpty()) {
      ReadableModel r = readable.orElseThrow();
      ChosenVariant v = variants.forReadable(r.builtins());
      MachineCosts machine = r.machine().orElse(OfficialModels.machineCosts(v.variant()));
      String source = r.builtinsSource() + r.machineSource().map(m -> " + " + m).orElse("");
      out.put(READABLE, new SideModel(source, Optional.empty(), r.builtins(), machine,
          r.machine().isPresent(), v, CostModelParams.extract(r.builtins(), machine),
          Optional.empty()));
      return out;
    }
    for (LedgerInput input : sortedArrays()) {
      if (!languages.isEmpty() && !languages.contains(input.language())) {
        continue;
      }
      ChosenVariant v = variants.forLanguage(input.language());
      DecodedCostModel d = decode(input, v);
      Map<String, Long> all = CostModelParams.extract(d.builtinCostModel(), d.machineCosts());
      Map<String, Long> params = new LinkedHashMap<>();
      for (String name : ParamNames.of(input.language()).names()) {
        params.put(name, all.get(name));
      }
      out.put(input.language().name(), new SideModel(
          arraysSource.orElseThrow() + ", " + input.language(), Optional.of(input.language()),
          d.builtinCostModel(), d.machineCosts(), true, v, params,
          Optional.of(ArrayCheck.of(input, d))));
    }
    return out;
  }

  /** The readable model checked against each array (of {@code languages}, or all). */
  List<ConsistencyCheck> consistency(Set<PlutusLedgerLanguage> languages)
      throws DiffInputException {
    List<ConsistencyCheck> out = new ArrayList<>();
    if (readable.isEmpty()) {
      return out;
    }
    for (LedgerInput input : sortedArrays()) {
      if (languages.isEmpty() || languages.contains(input.language())) {
        DecodedCostModel d = decode(input, variants.forLanguage(input.language()));
        out.add(ConsistencyCheck.of(readable.get(), d, arraysSource.orElseThrow()));
      }
    }
    return out;
  }

  /** The arrays in ledger-language order. */
  List<LedgerInput> sortedArrays() {
    List<LedgerInput> out = new ArrayList<>();
    for (PlutusLedgerLanguage l : PlutusLedgerLanguage.values()) {
      if (arrays.containsKey(l)) {
        out.add(arrays.get(l));
      }
    }
    return out;
  }

  private DecodedCostModel decode(LedgerInput input, ChosenVariant v) throws DiffInputException {
    try {
      return LedgerArrays.decode(input.array(), v.variant());
    } catch (CostModelParamsException e) {
      throw new DiffInputException(arraysSource.orElse("") + ": " + e.getMessage());
    }
  }
}
