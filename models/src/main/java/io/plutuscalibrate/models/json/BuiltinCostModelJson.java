package io.plutuscalibrate.models.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.CostModel;
import io.plutuscalibrate.models.CostingFun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading and writing {@code builtinCostModel*.json}: an object mapping each builtin name to
 * {@code {"cpu": <costing function>, "memory": <costing function>}}.
 *
 * <p>Builtins keep their file order both ways (the official files are not alphabetical: builtins
 * are appended as they are added); inside a builtin keys are written in lexicographic order and
 * the text is laid out as the official files (Note [Official layout] in {@link JsonText}), so that
 * reading then writing an official file gives it back byte for byte.
 *
 * <p>Builtin names are not checked against any list of builtins: a model file is data, and which
 * builtins an evaluator knows is the evaluator's business.
 */
public final class BuiltinCostModelJson {
  private static final String CPU = "cpu";
  private static final String MEMORY = "memory";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private BuiltinCostModelJson() {}

  /** Reads a UTF-8 builtin cost model file. */
  public static BuiltinCostModel read(Path file) throws IOException, CostModelFormatException {
    return fromDocument(JsonDocument.read(file));
  }

  /** Parses builtin cost model text; {@code source} names it in error messages. */
  public static BuiltinCostModel parse(String json, String source)
      throws CostModelFormatException {
    return fromDocument(JsonDocument.parse(json, source));
  }

  /** Reads a builtin cost model from a tree built in memory (errors then have no line). */
  public static BuiltinCostModel fromTree(JsonNode tree, String source)
      throws CostModelFormatException {
    return fromDocument(JsonDocument.ofTree(tree, source));
  }

  /** The model as text in the official layout, ending with a newline. */
  public static String write(BuiltinCostModel model) {
    return JsonText.write(toTree(model));
  }

  /** Writes the model to a UTF-8 file in the official layout. */
  public static void write(BuiltinCostModel model, Path file) throws IOException {
    Files.writeString(file, write(model), StandardCharsets.UTF_8);
  }

  /** The model as a JSON tree, builtins in model order, keys inside them in official order. */
  public static ObjectNode toTree(BuiltinCostModel model) {
    ObjectNode root = NODES.objectNode();
    for (Map.Entry<String, CostingFun> e : model.asMap().entrySet()) {
      ObjectNode fun = root.putObject(e.getKey());
      fun.set(CPU, CostModelJson.toTree(e.getValue().cpu()));
      fun.set(MEMORY, CostModelJson.toTree(e.getValue().memory()));
    }
    return root;
  }

  static BuiltinCostModel fromDocument(JsonDocument doc) throws CostModelFormatException {
    ObjectNode root = doc.object(doc.root(), "");
    Map<String, CostingFun> functions = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      functions.put(e.getKey(), costingFun(doc, e.getValue(), e.getKey()));
    }
    return BuiltinCostModel.of(functions);
  }

  private static CostingFun costingFun(JsonDocument doc, JsonNode node, String path)
      throws CostModelFormatException {
    ObjectNode object = doc.object(node, path);
    doc.exactFields(object, path, List.of(CPU, MEMORY));
    CostModel cpu = CostModelJson.fromTree(doc, object.get(CPU), JsonDocument.child(path, CPU));
    CostModel memory =
        CostModelJson.fromTree(doc, object.get(MEMORY), JsonDocument.child(path, MEMORY));
    if (!CostModelJson.shareAnArity(cpu, memory)) {
      throw doc.error(path, "CPU and memory costing functions of one arity",
          "cpu " + CostModelJson.describeShape(cpu)
              + " and memory " + CostModelJson.describeShape(memory));
    }
    return new CostingFun(cpu, memory);
  }
}
