package io.plutuscalibrate.models.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.models.MachineCosts;
import io.plutuscalibrate.models.StepKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/**
 * Reading and writing {@code cekMachineCosts*.json}: an object with one entry per
 * {@link StepKind} ({@code cekStartupCost} .. {@code cekCaseCost}), each
 * {@code {"exBudgetCPU": n, "exBudgetMemory": m}}. Every key must be present and no other key
 * may be (a misspelt key would otherwise leave a step uncosted). Written in {@link StepKind}
 * order, which is the official files' order, in their layout (Note [Official layout] in
 * {@link JsonText}).
 */
public final class MachineCostsJson {
  static final String CPU = "exBudgetCPU";
  static final String MEMORY = "exBudgetMemory";
  /** The official files write each step's budget on one line: objects below the root. */
  private static final int INLINE_DEPTH = 1;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private MachineCostsJson() {}

  public static MachineCosts read(Path file) throws IOException, CostModelFormatException {
    return fromDocument(JsonDocument.read(file));
  }

  /** Parses machine-cost text; {@code source} names it in error messages. */
  public static MachineCosts parse(String json, String source) throws CostModelFormatException {
    return fromDocument(JsonDocument.parse(json, source));
  }

  /** Reads machine costs from a tree built in memory (errors then have no line). */
  public static MachineCosts fromTree(JsonNode tree, String source)
      throws CostModelFormatException {
    return fromDocument(JsonDocument.ofTree(tree, source));
  }

  /** The machine costs as text in the official layout, ending with a newline. */
  public static String write(MachineCosts costs) {
    return JsonText.write(toTree(costs), INLINE_DEPTH);
  }

  public static void write(MachineCosts costs, Path file) throws IOException {
    Files.writeString(file, write(costs), StandardCharsets.UTF_8);
  }

  public static ObjectNode toTree(MachineCosts costs) {
    ObjectNode root = NODES.objectNode();
    for (StepKind kind : StepKind.values()) {
      ExBudget b = costs.get(kind);
      ObjectNode entry = root.putObject(kind.jsonKey());
      entry.put(CPU, b.cpu());
      entry.put(MEMORY, b.mem());
    }
    return root;
  }

  static MachineCosts fromDocument(JsonDocument doc) throws CostModelFormatException {
    ObjectNode root = doc.object(doc.root(), "");
    List<String> keys = new ArrayList<>();
    for (StepKind kind : StepKind.values()) {
      keys.add(kind.jsonKey());
    }
    doc.exactFields(root, "", keys);
    EnumMap<StepKind, ExBudget> costs = new EnumMap<>(StepKind.class);
    for (StepKind kind : StepKind.values()) {
      String path = kind.jsonKey();
      ObjectNode entry = doc.object(root.get(path), path);
      doc.exactFields(entry, path, List.of(CPU, MEMORY));
      costs.put(kind, new ExBudget(
          doc.integer(entry.get(CPU), JsonDocument.child(path, CPU)),
          doc.integer(entry.get(MEMORY), JsonDocument.child(path, MEMORY))));
    }
    return MachineCosts.of(costs);
  }
}
