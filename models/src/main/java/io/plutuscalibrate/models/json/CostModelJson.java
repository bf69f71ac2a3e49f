package io.plutuscalibrate.models.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plutuscalibrate.models.CostModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON of a single costing function: {@code {"arguments": <payload>, "type": "<tag>"}} as in
 * {@code builtinCostModel*.json} (see {@code CostingFun/JSON.hs}). Every shape of
 * {@link CostModel} is covered, nested ones included.
 *
 * <p>Writing puts the keys of every object in lexicographic order ({@code arguments} before
 * {@code type}, {@code c00, c01, c02, c10, c11, c20, minimum}), as the official files have them
 * (they are printed by aeson-pretty with sorted keys). Reading accepts any key order. See Note
 * [Arity of shapes] in {@link Shape} for what reading checks about arities.
 */
public final class CostModelJson {
  static final String TYPE = "type";
  static final String ARGUMENTS = "arguments";
  static final String MODEL = "model";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CostModelJson() {}

  /** The JSON tree of a costing function, keys in the official order. */
  public static ObjectNode toTree(CostModel model) {
    Shape shape = Shape.of(model);
    long[] values = shape.values(model);
    ObjectNode node = NODES.objectNode();
    if (shape.isConstantCost()) {
      node.put(ARGUMENTS, values[0]);
    } else {
      Map<String, JsonNode> payload = new TreeMap<>();
      for (int i = 0; i < values.length; i++) {
        payload.put(shape.fields.get(i), NODES.numberNode(values[i]));
      }
      if (shape.nestedArity != 0) {
        payload.put(MODEL, toTree(shape.inner(model)));
      }
      ObjectNode arguments = node.putObject(ARGUMENTS);
      payload.forEach(arguments::set);
    }
    node.put(TYPE, shape.tag);
    return node;
  }

  /** The costing function at {@code path} of a document, of any arity. */
  public static CostModel fromTree(JsonDocument doc, JsonNode node, String path)
      throws CostModelFormatException {
    return read(doc, node, path, 0, null);
  }

  /**
   * Reads a file that maps builtin names to single costing functions, e.g. the CPU models of
   * {@code r-fit/r-fitted-cpu.json}: {@code {"addInteger": {"type": ..., "arguments": ...}, ...}}.
   * The map keeps file order.
   */
  public static Map<String, CostModel> readByBuiltin(Path file)
      throws IOException, CostModelFormatException {
    JsonDocument doc = JsonDocument.read(file);
    ObjectNode root = doc.object(doc.root(), "");
    Map<String, CostModel> models = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      models.put(e.getKey(), fromTree(doc, e.getValue(), e.getKey()));
    }
    return Collections.unmodifiableMap(models);
  }

  /**
   * Reads a model; {@code arity} 0 admits every shape, 1 or 2 only the shapes of that arity
   * (for the model nested in {@code nestingTag}).
   */
  static CostModel read(JsonDocument doc, JsonNode node, String path, int arity, String nestingTag)
      throws CostModelFormatException {
    ObjectNode object = doc.object(node, path);
    doc.exactFields(object, path, List.of(ARGUMENTS, TYPE));
    String typePath = JsonDocument.child(path, TYPE);
    String tag = doc.text(object.get(TYPE), typePath);
    Shape shape = Shape.forTag(tag);
    if (shape == null) {
      throw doc.error(typePath, "a costing-function type (" + allTags() + ")",
          JsonDocument.describe(object.get(TYPE)));
    }
    if (arity != 0 && !shape.admitsArity(arity)) {
      throw doc.error(typePath,
          "a costing function of arity " + arity + " inside " + nestingTag
              + " (" + Shape.tagsOfArity(arity) + ")",
          "\"" + tag + "\", a costing function of arity " + shape.aritiesText());
    }
    String argsPath = JsonDocument.child(path, ARGUMENTS);
    JsonNode args = object.get(ARGUMENTS);
    if (shape.isConstantCost()) {
      return shape.build(new long[] {doc.integer(args, argsPath)}, null);
    }
    ObjectNode argsObject = doc.object(args, argsPath);
    List<String> names = new ArrayList<>(shape.fields);
    if (shape.nestedArity != 0) {
      names.add(MODEL);
    }
    doc.exactFields(argsObject, argsPath, names);
    long[] values = new long[shape.fields.size()];
    for (int i = 0; i < values.length; i++) {
      String field = shape.fields.get(i);
      values[i] = doc.integer(argsObject.get(field), JsonDocument.child(argsPath, field));
    }
    CostModel inner = shape.nestedArity == 0 ? null
        : read(doc, argsObject.get(MODEL), JsonDocument.child(argsPath, MODEL),
            shape.nestedArity, tag);
    return shape.build(values, inner);
  }

  /**
   * Whether some builtin arity admits both shapes (a CPU and a memory model of one builtin must
   * be of one arity). See Note [Arity of shapes] in {@link Shape}.
   */
  static boolean shareAnArity(CostModel a, CostModel b) {
    return (Shape.of(a).arities & Shape.of(b).arities) != 0;
  }

  /** How a model's shape and arities read in a message: {@code "max_size" (arity 2)}. */
  static String describeShape(CostModel model) {
    Shape s = Shape.of(model);
    return "\"" + s.tag + "\" (arity " + s.aritiesText() + ")";
  }

  private static String allTags() {
    List<String> tags = new ArrayList<>();
    for (Shape s : Shape.values()) {
      tags.add(s.tag);
    }
    return String.join(", ", tags);
  }
}
