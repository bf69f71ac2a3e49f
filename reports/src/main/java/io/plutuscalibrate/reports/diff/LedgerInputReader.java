package io.plutuscalibrate.reports.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plutuscalibrate.models.json.CostModelFormatException;
import io.plutuscalibrate.models.json.JsonDocument;
import io.plutuscalibrate.models.ledger.ParamNames;
import io.plutuscalibrate.models.ledger.PlutusLedgerLanguage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a ledger cost-model object ({@code {"PlutusV1": [...], "PlutusV3": {...}}}) for a diff.
 * Unlike {@code CostModelsFile}, which refuses a map with unknown names or gaps because no array
 * can be built from it, this reads what it can and records the rest in {@link LedgerInput}: a
 * reviewer wants to see everything that is wrong with a proposal at once. What is not JSON of
 * that layout at all (a language key that is not one, a string where a number should be) is
 * still an error.
 */
final class LedgerInputReader {
  private LedgerInputReader() {}

  static Map<PlutusLedgerLanguage, LedgerInput> read(JsonDocument doc, JsonNode node, String path)
      throws CostModelFormatException {
    ObjectNode object = doc.object(node, path);
    Map<PlutusLedgerLanguage, LedgerInput> out = new EnumMap<>(PlutusLedgerLanguage.class);
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      String at = JsonDocument.child(path, e.getKey());
      PlutusLedgerLanguage language = language(doc, e.getKey(), at);
      JsonNode value = e.getValue();
      out.put(language, value.isObject()
          ? fromMap(doc, (ObjectNode) value, at, language)
          : fromList(doc, doc.array(value, at), at, language));
    }
    return Collections.unmodifiableMap(out);
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

  private static LedgerInput fromList(
      JsonDocument doc, ArrayNode list, String path, PlutusLedgerLanguage language)
      throws CostModelFormatException {
    List<Long> values = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      values.add(doc.integer(list.get(i), JsonDocument.index(path, i)));
    }
    return new LedgerInput(
        language, LedgerInput.Form.LIST, values, List.of(), List.of(), List.of());
  }

  private static LedgerInput fromMap(
      JsonDocument doc, ObjectNode map, String path, PlutusLedgerLanguage language)
      throws CostModelFormatException {
    ParamNames order = ParamNames.of(language);
    Long[] byPosition = new Long[order.size()];
    List<String> unknown = new ArrayList<>();
    List<String> outOfOrder = new ArrayList<>();
    int end = 0;
    int highest = -1;
    for (Map.Entry<String, JsonNode> e : map.properties()) {
      String at = JsonDocument.child(path, e.getKey());
      long value = doc.integer(e.getValue(), at);
      int i = order.indexOf(e.getKey());
      if (i < 0) {
        unknown.add(e.getKey());
        continue;
      }
      if (i < highest) {
        outOfOrder.add(e.getKey());
      }
      highest = Math.max(highest, i);
      byPosition[i] = value;
      end = Math.max(end, i + 1);
    }
    List<String> gaps = new ArrayList<>();
    List<Long> values = new ArrayList<>(end);
    for (int i = 0; i < end; i++) {
      if (byPosition[i] == null) {
        gaps.add(order.names().get(i));
        values.add(Long.MAX_VALUE);
      } else {
        values.add(byPosition[i]);
      }
    }
    return new LedgerInput(language, LedgerInput.Form.MAP, values, unknown, outOfOrder, gaps);
  }
}
