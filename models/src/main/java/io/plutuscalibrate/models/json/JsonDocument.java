package io.plutuscalibrate.models.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON document that remembers where each value came from, so that readers of cost-model
 * files can report a bad value with its file, line, column and JSON path.
 *
 * <p>Note [Strict numbers]: every cost-model number is a Plutus {@code CostingInteger}, a signed
 * 64-bit integer. Only integer literals in that range are accepted; {@code 1.5}, {@code 1.0} and
 * {@code 1e3} are rejected although Aeson would take the last two. Cost-model files are written
 * by tools that print integers as integers, so a fraction or an exponent is a sign that the file
 * was produced by something unexpected (a spreadsheet, a float formatter) and deserves a look.
 *
 * <p>Note [Strict fields]: objects must have exactly the fields their shape defines; an unknown
 * or duplicated field is an error rather than being ignored as Aeson's generic decoding would.
 * A misspelt field in a hand-edited model is then caught instead of silently dropped.
 *
 * <p>Paths are written {@code a.b.c} for object fields and {@code a[3]} for array elements.
 */
public final class JsonDocument {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String source;
  private final JsonNode root;
  private final Map<String, JsonLocation> locations;

  private JsonDocument(String source, JsonNode root, Map<String, JsonLocation> locations) {
    this.source = source;
    this.root = root;
    this.locations = locations;
  }

  /** Reads and parses a UTF-8 file; the file name is the source named in errors. */
  public static JsonDocument read(Path file) throws IOException, CostModelFormatException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /** Parses JSON text; {@code source} names it in error messages. */
  public static JsonDocument parse(String text, String source) throws CostModelFormatException {
    Map<String, JsonLocation> locations = new HashMap<>();
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new CostModelFormatException(source, "", "a JSON value", "an empty file", 0, 0);
      }
      JsonNode root = readValue(parser, "", locations);
      JsonToken extra = parser.nextToken();
      if (extra != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new CostModelFormatException(source, "", "the end of the file after the JSON value",
            "more content (" + parser.getText() + ")", at.getLineNr(), at.getColumnNr());
      }
      return new JsonDocument(source, root, locations);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new CostModelFormatException(source, "", "well-formed JSON", e.getOriginalMessage(),
          at == null ? 0 : Math.max(at.getLineNr(), 0), at == null ? 0 : Math.max(at.getColumnNr(), 0));
    } catch (IOException e) {
      // Parsing an in-memory string does no I/O; anything else is a parse failure.
      throw new CostModelFormatException(source, "", "well-formed JSON", e.getMessage(), 0, 0);
    }
  }

  /** A document for a tree built in memory: errors then carry paths but no line or column. */
  public static JsonDocument ofTree(JsonNode root, String source) {
    return new JsonDocument(source, root, Map.of());
  }

  private static JsonNode readValue(JsonParser p, String path, Map<String, JsonLocation> locations)
      throws IOException {
    locations.put(path, p.currentTokenLocation());
    switch (p.currentToken()) {
      case START_OBJECT: {
        ObjectNode object = NODES.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          object.set(name, readValue(p, child(path, name), locations));
        }
        return object;
      }
      case START_ARRAY: {
        ArrayNode array = NODES.arrayNode();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          array.add(readValue(p, index(path, i++), locations));
        }
        return array;
      }
      case VALUE_NUMBER_INT:
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? NODES.numberNode(p.getBigIntegerValue())
            : NODES.numberNode(p.getLongValue());
      case VALUE_NUMBER_FLOAT:
        // Exact, so that 1.0 is reported as 1.0 and not normalised to 1.
        return DecimalNode.valueOf(p.getDecimalValue());
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      default:
        return NODES.nullNode();
    }
  }

  public String source() {
    return source;
  }

  public JsonNode root() {
    return root;
  }

  /** The path of field {@code name} of the object at {@code path}. */
  public static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** The path of element {@code i} of the array at {@code path}. */
  public static String index(String path, int i) {
    return path + "[" + i + "]";
  }

  // ---- checked access: every failure names source, place, expectation and finding ----

  /** An error about the value at {@code path}, located at it or at its nearest located parent. */
  public CostModelFormatException error(String path, String expected, String found) {
    JsonLocation at = locate(path);
    return new CostModelFormatException(source, path, expected, found,
        at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
  }

  private JsonLocation locate(String path) {
    String p = path;
    while (true) {
      JsonLocation at = locations.get(p);
      if (at != null || p.isEmpty()) {
        return at;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut < 0 ? "" : p.substring(0, cut);
    }
  }

  /** The value at {@code path} as an object. */
  public ObjectNode object(JsonNode node, String path) throws CostModelFormatException {
    if (node instanceof ObjectNode object) {
      return object;
    }
    throw error(path, "an object", describe(node));
  }

  /** Field {@code name} of the object at {@code path}; its absence is an error. */
  public JsonNode field(ObjectNode object, String path, String name)
      throws CostModelFormatException {
    JsonNode value = object.get(name);
    if (value == null) {
      throw error(path, "a field \"" + name + "\"", "none");
    }
    return value;
  }

  /** Fails unless the object at {@code path} has exactly the fields {@code names}. */
  public void exactFields(ObjectNode object, String path, Collection<String> names)
      throws CostModelFormatException {
    for (String name : names) {
      field(object, path, name);
    }
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      String name = entry.getKey();
      if (!names.contains(name)) {
        throw error(child(path, name), "only the fields " + quoteAll(names),
            "an unexpected field \"" + name + "\"");
      }
    }
  }

  /** The value at {@code path} as a signed 64-bit integer. See Note [Strict numbers]. */
  public long integer(JsonNode node, String path) throws CostModelFormatException {
    if (node.isIntegralNumber()) {
      BigInteger value = node.bigIntegerValue();
      if (value.bitLength() < 64) {
        return value.longValueExact();
      }
      throw error(path, "an integer between -9223372036854775808 and 9223372036854775807",
          "the integer " + value + ", which is out of range");
    }
    throw error(path, "an integer", describe(node));
  }

  /** The value at {@code path} as a string. */
  public String text(JsonNode node, String path) throws CostModelFormatException {
    if (node.isTextual()) {
      return node.textValue();
    }
    throw error(path, "a string", describe(node));
  }

  /** The value at {@code path} as an array. */
  public ArrayNode array(JsonNode node, String path) throws CostModelFormatException {
    if (node instanceof ArrayNode array) {
      return array;
    }
    throw error(path, "an array", describe(node));
  }

  /** How a found value reads in a message: {@code the string "abc"}, {@code the number 1.5}. */
  public static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    } else if (node.isTextual()) {
      String s = node.textValue();
      String shown = s.length() > 40 ? s.substring(0, 40) + "..." : s;
      return "the string " + NODES.textNode(shown);
    } else if (node.isIntegralNumber()) {
      return "the integer " + node.bigIntegerValue();
    } else if (node.isNumber()) {
      return "the number " + node.decimalValue().toString() + ", which is not an integer";
    } else if (node.isBoolean()) {
      return "the boolean " + node.booleanValue();
    } else if (node.isNull()) {
      return "null";
    } else if (node.isArray()) {
      return "an array";
    } else {
      return "an object";
    }
  }

  private static String quoteAll(Collection<String> names) {
    List<String> quoted = new ArrayList<>();
    for (String n : names) {
      quoted.add("\"" + n + "\"");
    }
    return String.join(", ", quoted);
  }
}
