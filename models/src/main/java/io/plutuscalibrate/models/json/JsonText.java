package io.plutuscalibrate.models.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes JSON trees in the layout of the official Plutus cost-model files.
 *
 * <p>Note [Official layout]: {@code builtinCostModel*.json} is printed by aeson-pretty: two-space
 * indentation, {@code "key": value} with one space after the colon, one field or element per
 * line, {@code {}} and {@code []} for empty containers, and a final newline.
 * {@code cekMachineCosts*.json} is laid out by hand: the top-level object as above, but each
 * inner object on one line, {@code { "exBudgetCPU": 100, "exBudgetMemory": 100 }}. Both are the
 * same layout with a different depth from which containers are written inline, so one printer
 * parameterised by that depth reproduces every official file byte for byte. Key order is the
 * tree's: the writers build trees in the official order.
 */
public final class JsonText {
  /** Never write containers inline. */
  public static final int NEVER_INLINE = Integer.MAX_VALUE;

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private JsonText() {}

  /** The tree as text in the official layout, with containers at any depth on several lines. */
  public static String write(JsonNode tree) {
    return write(tree, NEVER_INLINE);
  }

  /**
   * The tree as text in the official layout; containers nested more than {@code inlineDepth}
   * levels deep (the root is at depth 1) are written on one line.
   */
  public static String write(JsonNode tree, int inlineDepth) {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = FACTORY.createGenerator(out)) {
      gen.setPrettyPrinter(new Layout(inlineDepth));
      MAPPER.writeTree(gen, tree);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory", e); // a StringWriter does no I/O
    }
    return out.append('\n').toString();
  }

  /** See Note [Official layout]. One instance per generator: it tracks the nesting depth. */
  private static final class Layout implements PrettyPrinter {
    private final int inlineDepth;
    private int depth;

    Layout(int inlineDepth) {
      this.inlineDepth = inlineDepth;
    }

    private boolean inline() {
      return depth > inlineDepth;
    }

    private void breakLine(JsonGenerator gen, int level) throws IOException {
      gen.writeRaw('\n');
      for (int i = 0; i < level; i++) {
        gen.writeRaw("  ");
      }
    }

    private void open(JsonGenerator gen, char bracket) throws IOException {
      gen.writeRaw(bracket);
      depth++;
    }

    private void firstEntry(JsonGenerator gen) throws IOException {
      if (inline()) {
        gen.writeRaw(' ');
      } else {
        breakLine(gen, depth);
      }
    }

    private void separator(JsonGenerator gen) throws IOException {
      gen.writeRaw(',');
      firstEntry(gen);
    }

    private void close(JsonGenerator gen, char bracket, int entries) throws IOException {
      if (entries > 0) {
        if (inline()) {
          gen.writeRaw(' ');
        } else {
          breakLine(gen, depth - 1);
        }
      }
      depth--;
      gen.writeRaw(bracket);
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator gen) throws IOException {
      gen.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator gen) throws IOException {
      open(gen, '{');
    }

    @Override
    public void beforeObjectEntries(JsonGenerator gen) throws IOException {
      firstEntry(gen);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator gen) throws IOException {
      gen.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator gen) throws IOException {
      separator(gen);
    }

    @Override
    public void writeEndObject(JsonGenerator gen, int nrOfEntries) throws IOException {
      close(gen, '}', nrOfEntries);
    }

    @Override
    public void writeStartArray(JsonGenerator gen) throws IOException {
      open(gen, '[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator gen) throws IOException {
      firstEntry(gen);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator gen) throws IOException {
      separator(gen);
    }

    @Override
    public void writeEndArray(JsonGenerator gen, int nrOfValues) throws IOException {
      close(gen, ']', nrOfValues);
    }
  }
}
