package io.plutuscalibrate.models.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plutuscalibrate.models.json.CostModelFormatException;
import io.plutuscalibrate.models.json.JsonDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The cost models proposed by a Conway parameter-change governance action, read from its JSON:
 * {@code {"tag": "ParameterChange", "contents": [<previous action id or null>, {"costModels":
 * {"PlutusV1": [...], ...}, ...}, <guardrail script hash or null>]}}.
 *
 * <p>That object is accepted on its own, or under {@code "governance action"} as cardano-cli's
 * {@code governance action view} prints an action file (e.g. IntersectMBO/governance-actions
 * {@code mainnet/2026-05-12-ppu-plutus/cost-models.action.json}), or under {@code "action"} as
 * in the proposals of {@code query gov-state}. The other fields (anchor, deposit, return address)
 * are not read.
 */
public final class ParameterChangeAction {
  private static final String TAG = "ParameterChange";

  private ParameterChangeAction() {}

  /** The proposed cost-model arrays of the action in a file, keyed and ordered by language. */
  public static Map<PlutusLedgerLanguage, CostModelArray> costModels(Path file)
      throws IOException, CostModelFormatException {
    return costModels(JsonDocument.read(file));
  }

  /** As {@link #costModels(Path)}, for JSON text; {@code source} names it in error messages. */
  public static Map<PlutusLedgerLanguage, CostModelArray> costModels(String json, String source)
      throws CostModelFormatException {
    return costModels(JsonDocument.parse(json, source));
  }

  private static Map<PlutusLedgerLanguage, CostModelArray> costModels(JsonDocument doc)
      throws CostModelFormatException {
    CostModelsAt at = locate(doc);
    return CostModelsFile.fromTree(doc, at.node(), at.path());
  }

  /** The cost-model object of an action: its JSON value and its path in the document. */
  public record CostModelsAt(JsonNode node, String path) {}

  /**
   * Finds the cost-model object of the action in a document without reading it, for readers
   * that treat its contents their own way (e.g. a diff that reports rather than rejects a map
   * with unknown names); the action around it is checked as {@link #costModels(Path)} does.
   */
  public static CostModelsAt locate(JsonDocument doc) throws CostModelFormatException {
    ObjectNode root = doc.object(doc.root(), "");
    String path = "";
    ObjectNode action = root;
    for (String wrapper : new String[] {"governance action", "action"}) {
      if (root.has(wrapper)) {
        path = wrapper;
        action = doc.object(root.get(wrapper), path);
        break;
      }
    }
    String tagPath = JsonDocument.child(path, "tag");
    JsonNode tagNode = doc.field(action, path, "tag");
    String tag = doc.text(tagNode, tagPath);
    if (!tag.equals(TAG)) {
      throw doc.error(tagPath, "a \"" + TAG + "\" governance action",
          JsonDocument.describe(tagNode));
    }
    String contentsPath = JsonDocument.child(path, "contents");
    ArrayNode contents = doc.array(doc.field(action, path, "contents"), contentsPath);
    if (contents.size() != 3) {
      throw doc.error(contentsPath,
          "3 elements (previous action, parameter update, guardrail script)",
          contents.size() + " elements");
    }
    String updatePath = JsonDocument.index(contentsPath, 1);
    ObjectNode update = doc.object(contents.get(1), updatePath);
    JsonNode costModels = doc.field(update, updatePath, "costModels");
    return new CostModelsAt(costModels, JsonDocument.child(updatePath, "costModels"));
  }
}
