package io.plutuscalibrate.reports.diff;

import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.OfficialModels;
import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.models.ledger.PlutusLedgerLanguage;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The semantics variants a side's models are read and run with: the user's choice
 * ({@code --current-variant C}, {@code --current-variant PlutusV3=C}), else the defaults below.
 *
 * <p>Note [Default semantics variants]: a ledger array carries values only; the shapes come from
 * the variant it is decoded with (Note [Parameters an array cannot carry] in
 * {@code LedgerArrays}). The ledger applies one array to every variant of its language
 * (COSTING.md 2.4, {@code PlutusLedgerApi.Common.ProtocolVersions}): V1 and V2 use A, then B from
 * Chang, then D from van Rossem (PV11); V3 uses C, then E from PV11; V4 uses E. The variants of
 * one language share parameter names, so the values a diff reports do not depend on the choice;
 * only shapes (and so predicted costs and script budgets) do. By default an array is decoded with
 * the newest variant of its language ({@link PlutusLedgerLanguage#newestVariant()}: D for V1 and
 * V2, E for V3 and V4), because a proposal is applied on the current chain, whose protocol version
 * selects the newest variant; reviewing what it did under an older protocol version is what the
 * option is for.
 *
 * <p>A readable model (builtinCostModel JSON) carries its shapes; its variant only chooses the
 * builtins' semantics when scripts are re-costed and the official machine costs used when none are
 * given. By default it is the newest variant whose official model has exactly the same builtins
 * and shapes (each official file A..E has a distinct set of shapes, so an official file is
 * recognised as itself, e.g. builtinCostModelA.json gets A's machine costs, 23000 per step rather
 * than 16000), and E, the newest, when no official model has them.
 */
public record VariantChoice(
    Optional<SemanticsVariant> all, Map<PlutusLedgerLanguage, SemanticsVariant> byLanguage) {

  public VariantChoice {
    byLanguage = Collections.unmodifiableMap(byLanguage.isEmpty()
        ? new EnumMap<>(PlutusLedgerLanguage.class) : new EnumMap<>(byLanguage));
  }

  /** No choice made: every default of Note [Default semantics variants]. */
  public static VariantChoice defaults() {
    return new VariantChoice(Optional.empty(), Map.of());
  }

  /**
   * Reads the option values: {@code X} (one of A..E) for every model of the side, or
   * {@code LANGUAGE=X} for one language ({@code PlutusV3=C}, also {@code V3=C}).
   */
  public static VariantChoice parse(String option, List<String> specs) throws DiffInputException {
    Optional<SemanticsVariant> all = Optional.empty();
    Map<PlutusLedgerLanguage, SemanticsVariant> byLanguage =
        new EnumMap<>(PlutusLedgerLanguage.class);
    for (String spec : specs) {
      String s = spec.strip();
      int eq = s.indexOf('=');
      if (eq < 0) {
        all = Optional.of(variant(option, s, spec));
      } else {
        PlutusLedgerLanguage l = language(option, s.substring(0, eq).strip(), spec);
        byLanguage.put(l, variant(option, s.substring(eq + 1).strip(), spec));
      }
    }
    return new VariantChoice(all, byLanguage);
  }

  /** The variant an array of {@code language} is decoded with. */
  public ChosenVariant forLanguage(PlutusLedgerLanguage language) {
    SemanticsVariant v = byLanguage.get(language);
    if (v != null) {
      return new ChosenVariant(v, "given for " + language);
    }
    if (all.isPresent()) {
      return new ChosenVariant(all.get(), "given");
    }
    return new ChosenVariant(language.newestVariant(),
        "the newest variant of " + language + ", as the current ledger applies it");
  }

  /** The variant a readable model runs with. */
  public ChosenVariant forReadable(BuiltinCostModel model) {
    if (all.isPresent()) {
      return new ChosenVariant(all.get(), "given");
    }
    List<SemanticsVariant> newestFirst = List.of(SemanticsVariant.values());
    for (int i = newestFirst.size() - 1; i >= 0; i--) {
      SemanticsVariant v = newestFirst.get(i);
      if (ShapeText.sameShapes(model, OfficialModels.builtinCostModel(v))) {
        return new ChosenVariant(v, "its builtins and shapes are those of the official "
            + v.builtinCostModelFile());
      }
    }
    return new ChosenVariant(SemanticsVariant.NEWEST,
        "the newest; no official model has the same builtins and shapes");
  }

  private static SemanticsVariant variant(String option, String s, String spec)
      throws DiffInputException {
    try {
      return SemanticsVariant.valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new DiffInputException(option + " expects a semantics variant A..E, or LANGUAGE=VARIANT"
          + " such as PlutusV3=C; got '" + spec + "'");
    }
  }

  private static PlutusLedgerLanguage language(String option, String s, String spec)
      throws DiffInputException {
    for (PlutusLedgerLanguage l : PlutusLedgerLanguage.values()) {
      String shortName = l.name().substring("Plutus".length());
      if (l.name().equalsIgnoreCase(s) || shortName.equalsIgnoreCase(s)) {
        return l;
      }
    }
    throw new DiffInputException(option + ": '" + s + "' in '" + spec + "' is not a Plutus ledger"
        + " language (PlutusV1, PlutusV2, PlutusV3, PlutusV4)");
  }

  /** Reads a language name as the options take it: {@code PlutusV3} or {@code V3}. */
  public static PlutusLedgerLanguage parseLanguage(String option, String s)
      throws DiffInputException {
    return language(option, s.strip(), s);
  }
}
