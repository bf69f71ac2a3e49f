package io.plutuscalibrate.models.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plutuscalibrate.models.json.CostModelFormatException;
import io.plutuscalibrate.models.json.JsonDocument;
import io.plutuscalibrate.models.json.JsonText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The cost-model file of {@code cardano-cli conway governance action
 * create-protocol-parameters-update --cost-model-file}: {@code {"PlutusV1": [...], "PlutusV2":
 * [...], "PlutusV3": [...]}}, every language optional. The same object is the
 * {@code costModels} of a parameter-change governance action ({@link ParameterChangeAction}).
 *
 * <p>A language's parameters are written as an ordered list. Reading also takes the map form
 * ({@code {"addInteger-cpu-arguments-intercept": 100788, ...}}), which must name a prefix of the
 * language's order (every name up to the last one it has): a map with gaps has no array.
 */
public final class CostModelsFile {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CostModelsFile() {}

  /** Reads a cost-model file; the arrays come back keyed and ordered by language. */
  public static Map<PlutusLedgerLanguage, CostModelArray> read(Path file)
      throws IOException, CostModelFormatException {
    JsonDocument doc = JsonDocument.read(file);
    return fromTree(doc, doc.root(), "");
  }

  public static Map<PlutusLedgerLanguage, CostModelArray> parse(String json, String source)
      throws CostModelFormatException {
    JsonDocument doc = JsonDocument.parse(json, source);
    return fromTree(doc, doc.root(), "");
  }

  /** The file's text: the arrays as lists, by language, in the official layout. */
  public static String write(Collection<CostModelArray> arrays) {
    return JsonText.write(toTree(arrays));
  }

  public static void write(Collection<CostModelArray> arrays, Path file) throws IOException {
    Files.writeString(file, write(arrays), StandardCharsets.UTF_8);
  }

  /** The JSON object, languages in ledger order; two arrays of one language are an error. */
  public static ObjectNode toTree(Collection<CostModelArray> arrays) {
    Map<PlutusLedgerLanguage, CostModelArray> byLanguage =
        new EnumMap<>(PlutusLedgerLanguage.class);
    for (CostModelArray a : arrays) {
      if (byLanguage.put(a.language(), a) != null) {
        throw new IllegalArgumentException("two arrays for " + a.language());
      }
    }
    ObjectNode root = NODES.objectNode();
    for (CostModelArray a : byLanguage.values()) {
      ArrayNode list = root.putArray(a.language().name());
      a.values().forEach(list::add);
    }
    return root;
  }

  /** Reads the cost-model object at {@code path} of a document. */
  static Map<PlutusLedgerLanguage, CostModelArray> fromTree(
      JsonDocument doc, JsonNode node, String path) throws CostModelFormatException {
    ObjectNode object = doc.object(node, path);
    Map<PlutusLedgerLanguage, CostModelArray> arrays = new EnumMap<>(PlutusLedgerLanguage.class);
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      String at = JsonDocument.child(path, e.getKey());
      PlutusLedgerLanguage language = language(doc, e.getKey(), at);
      JsonNode value = e.getValue();
      List<Long> values = value.isObject()
          ? fromMap(doc, (ObjectNode) value, at, language)
          : fromList(doc, doc.array(value, at), at);
      arrays.put(language, new CostModelArray(language, values));
    }
    return Collections.unmodifiableMap(arrays);
  }

  private static PlutusLedgerLanguage language(JsonDocument doc, String key, String path)
      throws CostModelFormatException {
    for (PlutusLedgerLanguage l : PlutusLedgerLanguage.values()) {
      if (l.name().equals(key)) {
        return l;
      }
    }
    throw doc.error(path, "a Plutus ledger language (PlutusV1, PlutusV2, PlutusV3, PlutusV4)",
        "\"" + key + "\"");
  }

  private static List<Long> fromList(JsonDocument doc, ArrayNode list, String path)
      throws CostModelFormatException {
    List<Long> values = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      values.add(doc.integer(list.get(i), JsonDocument.index(path, i)));
    }
    return values;
  }

  private static List<Long> fromMap(
      JsonDocument doc, ObjectNode map, String path, PlutusLedgerLanguage language)
      throws CostModelFormatException {
    ParamNames order = ParamNames.of(language);
    Long[] byPosition = new Long[order.size()];
    int end = 0;
    for (Map.Entry<String, JsonNode> e : map.properties()) {
      String at = JsonDocument.child(path, e.getKey());
      int i = order.indexOf(e.getKey());
      if (i < 0) {
        throw doc.error(at, "a " + language + " cost-model parameter name",
            "\"" + e.getKey() + "\"");
      }
      byPosition[i] = doc.integer(e.getValue(), at);
      end = Math.max(end, i + 1);
    }
    List<String> gaps = new ArrayList<>();
    List<Long> values = new ArrayList<>(end);
    for (int i = 0; i < end; i++) {
      if (byPosition[i] == null) {
        gaps.add(order.names().get(i));
      }
      values.add(byPosition[i]);
    }
    if (!gaps.isEmpty()) {
      throw doc.error(path, "every " + language + " parameter up to the last one named ("
              + order.names().get(end - 1) + ", position " + end + ")",
          "no value for " + CostModelParamsException.list(gaps));
    }
    return values;
  }
}
