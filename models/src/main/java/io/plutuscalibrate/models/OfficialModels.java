package io.plutuscalibrate.models;

import io.plutuscalibrate.models.json.BuiltinCostModelJson;
import io.plutuscalibrate.models.json.CostModelFormatException;
import io.plutuscalibrate.models.json.MachineCostsJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The official Plutus cost models bundled with the program (resources under
 * {@code io/plutuscalibrate/models/official/}, see the NOTICE.md there): per
 * {@link SemanticsVariant} the builtin cost model and the CEK machine costs. They are read once,
 * on first use, and shared: the values are immutable.
 */
public final class OfficialModels {
  private static final String RESOURCES = "/io/plutuscalibrate/models/official/";

  private OfficialModels() {}

  /** The official {@code builtinCostModelX.json} of a variant. */
  public static BuiltinCostModel builtinCostModel(SemanticsVariant variant) {
    return Loaded.BUILTINS.get(variant);
  }

  /** The official {@code cekMachineCostsX.json} of a variant. */
  public static MachineCosts machineCosts(SemanticsVariant variant) {
    return Loaded.MACHINE.get(variant);
  }

  /** The builtin cost model of the newest variant ({@link SemanticsVariant#NEWEST}). */
  public static BuiltinCostModel newestBuiltinCostModel() {
    return builtinCostModel(SemanticsVariant.NEWEST);
  }

  /** The machine costs of the newest variant ({@link SemanticsVariant#NEWEST}). */
  public static MachineCosts newestMachineCosts() {
    return machineCosts(SemanticsVariant.NEWEST);
  }

  /** The bundled text of the official builtin cost model file of a variant, as published. */
  public static String builtinCostModelText(SemanticsVariant variant) {
    return resourceText(variant.builtinCostModelFile());
  }

  /** The bundled text of the official machine costs file of a variant, as published. */
  public static String machineCostsText(SemanticsVariant variant) {
    return resourceText(variant.machineCostsFile());
  }

  private static String resourceText(String name) {
    try (InputStream in = OfficialModels.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource missing: " + RESOURCES + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading bundled resource " + RESOURCES + name, e);
    }
  }

  /** Initialised on first use (class initialisation is lazy and thread-safe). */
  private static final class Loaded {
    static final Map<SemanticsVariant, BuiltinCostModel> BUILTINS;
    static final Map<SemanticsVariant, MachineCosts> MACHINE;

    static {
      EnumMap<SemanticsVariant, BuiltinCostModel> builtins = new EnumMap<>(SemanticsVariant.class);
      EnumMap<SemanticsVariant, MachineCosts> machine = new EnumMap<>(SemanticsVariant.class);
      for (SemanticsVariant v : SemanticsVariant.values()) {
        try {
          builtins.put(v, BuiltinCostModelJson.parse(
              resourceText(v.builtinCostModelFile()), "bundled " + v.builtinCostModelFile()));
          machine.put(v, MachineCostsJson.parse(
              resourceText(v.machineCostsFile()), "bundled " + v.machineCostsFile()));
        } catch (CostModelFormatException e) {
          // The bundled files are fixed at build time and tested: this is a broken build.
          throw new IllegalStateException(e.getMessage(), e);
        }
      }
      BUILTINS = Collections.unmodifiableMap(builtins);
      MACHINE = Collections.unmodifiableMap(machine);
    }
  }
}
