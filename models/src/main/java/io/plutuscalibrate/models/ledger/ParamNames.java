package io.plutuscalibrate.models.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The ledger's canonical order of the cost-model parameters of one {@link PlutusLedgerLanguage}:
 * the constructors of {@code data ParamName} in {@code PlutusLedgerApi.V<n>.ParamName}, written
 * as the ledger shows them ({@code addInteger-cpu-arguments-intercept}). Position i of a ledger
 * array holds the value of name i.
 *
 * <p>Note [Batches of parameters]: the order only ever grows at the end, one deployment batch at
 * a time, so the arrays the ledger has held or will hold are the prefixes that end at a batch
 * boundary. The bundled name lists ({@code param-names-V<n>.txt}, NOTICE.md beside them) keep the
 * upstream comments that separate the batches as {@code #} lines, and the boundaries are read from
 * them, never kept by hand. A run of comment lines closes the batch before it. At commit f424a79a
 * this gives V1: 166, 332, 337; V2: 175, 185, 279, 332, 337; V3 and V4: 251, 297, 350, 355. V2's
 * 279 separates two groups that are both marked "to be deployed in PV11" (the builtins of
 * upstream batches 4-5 from those of batch 6), and V4, not deployed yet, repeats V3's batch
 * comments; both are kept because they are prefixes that a batch boundary in the sources
 * delimits, and a guessed merge would be a hand-kept list.
 */
public final class ParamNames {
  private static final String RESOURCES = "/io/plutuscalibrate/models/ledger/";
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+(-[A-Za-z0-9_]+)+");

  /** A deployment batch: the names up to position {@code count} (exclusive), and its heading. */
  public record Batch(int count, String comment) {}

  private final PlutusLedgerLanguage language;
  private final List<String> names;
  private final List<Batch> batches;
  private final Map<String, Integer> positions;

  private ParamNames(PlutusLedgerLanguage language, List<String> names, List<Batch> batches) {
    this.language = language;
    this.names = List.copyOf(names);
    this.batches = List.copyOf(batches);
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      if (positions.put(names.get(i), i) != null) {
        throw new IllegalStateException(language + " names " + names.get(i) + " twice");
      }
    }
    this.positions = Collections.unmodifiableMap(positions);
  }

  /** The canonical order of a language (bundled, read once). */
  public static ParamNames of(PlutusLedgerLanguage language) {
    return Loaded.ALL.get(language);
  }

  public PlutusLedgerLanguage language() {
    return language;
  }

  /** Every name, in order. */
  public List<String> names() {
    return names;
  }

  /** The first {@code count} names. */
  public List<String> names(int count) {
    return names.subList(0, count);
  }

  /** How many names the language has at this Plutus commit (the newest node's expectation). */
  public int size() {
    return names.size();
  }

  /** The deployment batches in order; the last one ends at {@link #size()}. */
  public List<Batch> batches() {
    return batches;
  }

  /** The counts that end a batch, increasing: the valid array lengths. */
  public List<Integer> batchCounts() {
    List<Integer> counts = new ArrayList<>();
    for (Batch b : batches) {
      counts.add(b.count());
    }
    return counts;
  }

  public boolean isBatchCount(int count) {
    return batchCounts().contains(count);
  }

  /** The 0-based position of a name, or -1. */
  public int indexOf(String name) {
    return positions.getOrDefault(name, -1);
  }

  @Override
  public String toString() {
    return language + " parameter names " + batchCounts();
  }

  /** Parses a bundled name list. See Note [Batches of parameters]. */
  static ParamNames parse(PlutusLedgerLanguage language, String text) {
    List<String> names = new ArrayList<>();
    List<Batch> batches = new ArrayList<>();
    List<String> heading = new ArrayList<>();
    String batchComment = "";
    boolean inComment = false;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        if (!inComment) {
          if (!names.isEmpty() && (batches.isEmpty()
              || batches.get(batches.size() - 1).count() < names.size())) {
            batches.add(new Batch(names.size(), batchComment));
          }
          heading.clear();
          inComment = true;
        }
        heading.add(line.substring(1).strip());
        continue;
      }
      if (inComment) {
        batchComment = String.join("; ", heading);
        inComment = false;
      }
      if (!NAME.matcher(line).matches()) {
        throw new IllegalStateException("param-names-" + language + " line " + (i + 1)
            + ": not a parameter name: " + line);
      }
      names.add(line);
    }
    if (names.isEmpty()) {
      throw new IllegalStateException("param-names for " + language + " is empty");
    }
    if (batches.isEmpty() || batches.get(batches.size() - 1).count() < names.size()) {
      batches.add(new Batch(names.size(), batchComment));
    }
    return new ParamNames(language, names, batches);
  }

  private static final class Loaded {
    static final Map<PlutusLedgerLanguage, ParamNames> ALL = load();

    private static Map<PlutusLedgerLanguage, ParamNames> load() {
      Map<PlutusLedgerLanguage, ParamNames> all = new EnumMap<>(PlutusLedgerLanguage.class);
      for (PlutusLedgerLanguage l : PlutusLedgerLanguage.values()) {
        String file = "param-names-V" + (l.ordinal() + 1) + ".txt";
        try (InputStream in = ParamNames.class.getResourceAsStream(RESOURCES + file)) {
          if (in == null) {
            throw new IllegalStateException("bundled resource missing: " + RESOURCES + file);
          }
          all.put(l, parse(l, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
          throw new UncheckedIOException("reading bundled resource " + RESOURCES + file, e);
        }
      }
      return Collections.unmodifiableMap(all);
    }
  }
}
