package io.plutuscalibrate.reports.diff;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.MachineCosts;
import io.plutuscalibrate.models.json.BuiltinCostModelJson;
import io.plutuscalibrate.models.json.CostModelFormatException;
import io.plutuscalibrate.models.json.JsonDocument;
import io.plutuscalibrate.models.json.MachineCostsJson;
import io.plutuscalibrate.models.ledger.ParameterChangeAction;
import io.plutuscalibrate.models.ledger.PlutusLedgerLanguage;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the files of one side. Each file's kind is recognised from its content (Note
 * [Recognising input files] in {@link InputKind}); a side has at most one builtin cost model, one
 * machine costs file (only with a builtin cost model) and one file of ledger arrays, and at least
 * a builtin cost model or arrays.
 */
public final class SideLoader {
  private SideLoader() {}

  /** Reads a side from its files, the first the main one (the order does not matter otherwise). */
  public static Side load(List<Path> files, VariantChoice variants) throws DiffInputException {
    List<Side.SideFile> read = new ArrayList<>();
    BuiltinCostModel builtins = null;
    String builtinsSource = null;
    MachineCosts machine = null;
    String machineSource = null;
    Map<PlutusLedgerLanguage, LedgerInput> arrays = null;
    String arraysSource = null;
    for (Path file : files) {
      String source = file.toString();
      String text = readText(file);
      try {
        JsonDocument doc = JsonDocument.parse(text, source);
        if (!(doc.root() instanceof ObjectNode root) || root.isEmpty()) {
          throw new DiffInputException(source + ": expected a JSON object holding a builtin cost"
              + " model, CEK machine costs, a ledger cost-model file, a governance action or"
              + " protocol parameters, found "
              + (doc.root().isObject() ? "an empty object" : JsonDocument.describe(doc.root())));
        }
        InputKind kind = InputKind.detect(root);
        switch (kind) {
          case BUILTIN_COST_MODEL:
            once(builtinsSource, source, kind);
            builtins = BuiltinCostModelJson.parse(text, source);
            builtinsSource = source;
            break;
          case MACHINE_COSTS:
            once(machineSource, source, kind);
            machine = MachineCostsJson.parse(text, source);
            machineSource = source;
            break;
          case COST_MODELS_FILE:
            once(arraysSource, source, kind);
            arrays = LedgerInputReader.read(doc, root, "");
            arraysSource = source;
            break;
          case PROTOCOL_PARAMETERS:
            once(arraysSource, source, kind);
            arrays = nonEmpty(source, "costModels",
                LedgerInputReader.read(doc, root.get("costModels"), "costModels"));
            arraysSource = source;
            break;
          case GOVERNANCE_ACTION:
            once(arraysSource, source, kind);
            ParameterChangeAction.CostModelsAt at = ParameterChangeAction.locate(doc);
            arrays = nonEmpty(source, at.path(), LedgerInputReader.read(doc, at.node(), at.path()));
            arraysSource = source;
            break;
          default:
            throw new IllegalStateException(kind.name());
        }
        read.add(new Side.SideFile(source, kind));
      } catch (CostModelFormatException e) {
        throw new DiffInputException(e.getMessage());
      }
    }
    if (machine != null && builtins == null) {
      throw new DiffInputException(machineSource + ": CEK machine costs go with a builtin cost"
          + " model (arrays carry their own); give the builtin cost model of this side too");
    }
    if (builtins == null && arrays == null) {
      throw new DiffInputException("no cost model given");
    }
    Optional<ReadableModel> readable = builtins == null ? Optional.empty()
        : Optional.of(new ReadableModel(builtins, builtinsSource, Optional.ofNullable(machine),
            Optional.ofNullable(machineSource)));
    return new Side(read, readable, arrays == null ? Map.of() : arrays,
        Optional.ofNullable(arraysSource), variants);
  }

  private static Map<PlutusLedgerLanguage, LedgerInput> nonEmpty(String source, String path,
      Map<PlutusLedgerLanguage, LedgerInput> arrays) throws DiffInputException {
    if (arrays.isEmpty()) {
      throw new DiffInputException(source + ": " + path + ": expected the cost models of at least"
          + " one language, found none");
    }
    return arrays;
  }

  private static void once(String earlier, String source, InputKind kind)
      throws DiffInputException {
    if (earlier != null) {
      String what = kind.holdsArrays() ? "ledger arrays" : kind.description();
      throw new DiffInputException(source + ": a side has one file of " + what + ", and "
          + earlier + " is one already");
    }
  }

  private static String readText(Path file) throws DiffInputException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new DiffInputException(file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new DiffInputException(file + ": permission denied");
    } catch (MalformedInputException e) {
      throw new DiffInputException(file + ": not UTF-8 text (expected a JSON cost-model file)");
    } catch (IOException e) {
      String m = e.getMessage();
      throw new DiffInputException(file + ": cannot read the file"
          + (m == null || m.isBlank() ? "" : " (" + m + ")"));
    }
  }
}
