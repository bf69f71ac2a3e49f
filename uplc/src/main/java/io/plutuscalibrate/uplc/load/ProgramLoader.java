package io.plutuscalibrate.uplc.load;

import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.flat.Flat;
import io.plutuscalibrate.uplc.flat.FlatDecodeResult;
import io.plutuscalibrate.uplc.flat.SerialisedScript;
import io.plutuscalibrate.uplc.text.ParseResult;
import io.plutuscalibrate.uplc.text.UplcParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a program from a file in any of the usual forms, telling them apart by the file's
 * extension or, failing that, by its content.
 *
 * <p>Note [Program input formats]:
 * <ul>
 *   <li>By extension: {@code .uplc} is text; {@code .flat} is flat bytes; {@code .cbor} is the
 *       ledger's CBOR-wrapped form; {@code .hex} and {@code .cborhex} are hexadecimal text;
 *       {@code .json} and {@code .plutus} are cardano-cli text envelopes.
 *   <li>Any other file by content: text whose first non-blank, non-comment character is
 *       {@code (} is the textual syntax; text made only of hex digits and white space is hex;
 *       text starting with <code>{</code> and holding a {@code "cborHex"} field is an envelope;
 *       anything else is binary.
 *   <li>Binary or hex-decoded bytes starting with a definite CBOR byte-string head
 *       ({@code 0x40}..{@code 0x5b}) are CBOR-wrapped (one or two layers, see Note [CBOR-wrapped
 *       scripts] in {@link SerialisedScript}); otherwise they are flat. Flat programs start with
 *       their version's major number, 1, so the two cannot be confused.
 * </ul>
 */
public final class ProgramLoader {
  private static final Pattern CBOR_HEX_FIELD =
      Pattern.compile("\"cborHex\"\\s*:\\s*\"([0-9a-fA-F\\s]*)\"");

  private ProgramLoader() {}

  /**
   * The extensions (without the dot, sorted) that make a file in a directory of scripts a script:
   * those of Note [Program input formats] but {@code .json}, because a directory of scripts next
   * to cost-model JSON files is common.
   */
  public static final List<String> SCRIPT_EXTENSIONS =
      List.of("cbor", "cborhex", "flat", "hex", "plutus", "uplc");

  /** The script files directly in {@code dir} (see {@link #SCRIPT_EXTENSIONS}), sorted by name. */
  public static List<Path> scriptFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).filter(ProgramLoader::isScriptFile).sorted().toList();
    }
  }

  /** {@link #SCRIPT_EXTENSIONS} as a reader wants them in a message: ".cbor, .cborhex, ...". */
  public static String scriptExtensionsText() {
    return String.join(", ", SCRIPT_EXTENSIONS.stream().map(x -> "." + x).toList());
  }

  private static boolean isScriptFile(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && SCRIPT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** Reads and decodes {@code file}; an unreadable file is a failure naming it. */
  public static LoadResult load(Path file) {
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      return new LoadResult.Failed(null, file + ": cannot read the file (" + e.getMessage() + ")");
    }
    return fromBytes(content, file.toString());
  }

  /** Decodes {@code content}; {@code name} (a file name, or a label) names it in messages. */
  public static LoadResult fromBytes(byte[] content, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".uplc")) return text(content, name);
    if (lower.endsWith(".flat")) return binary(content, name, false);
    if (lower.endsWith(".cbor")) return binary(content, name, true);
    if (lower.endsWith(".hex") || lower.endsWith(".cborhex")) return hex(asText(content), name);
    if (lower.endsWith(".json") || lower.endsWith(".plutus")) return envelope(asText(content), name);
    String text = asText(content);
    if (text != null) {
      String s = skipBlankAndComments(text);
      if (s.startsWith("(")) return text(content, name);
      if (s.startsWith("{") && CBOR_HEX_FIELD.matcher(text).find()) return envelope(text, name);
      if (!s.isEmpty() && s.chars().allMatch(c -> Character.digit(c, 16) >= 0
          || Character.isWhitespace(c))) {
        return hex(text, name);
      }
    }
    return binary(content, name, looksLikeCbor(content));
  }

  private static LoadResult text(byte[] content, String name) {
    String text = asText(content);
    if (text == null) return new LoadResult.Failed(ProgramFormat.TEXT, name + ": not UTF-8 text");
    ParseResult<Program> r = UplcParser.parseProgram(text, name);
    if (r instanceof ParseResult.Failed<Program> f) {
      return new LoadResult.Failed(ProgramFormat.TEXT, f.error().toString());
    }
    return new LoadResult.Loaded(r.orElseThrow(), ProgramFormat.TEXT, 0);
  }

  private static LoadResult binary(byte[] bytes, String name, boolean cbor) {
    if (!cbor) return flat(bytes, name, ProgramFormat.FLAT, 0);
    SerialisedScript.Unwrapped u;
    try {
      u = SerialisedScript.unwrap(bytes);
    } catch (IllegalArgumentException e) {
      return new LoadResult.Failed(ProgramFormat.CBOR,
          name + ": not a CBOR-wrapped script: " + e.getMessage());
    }
    return flat(u.flat(), name, ProgramFormat.CBOR, u.layers());
  }

  private static LoadResult hex(String text, String name) {
    if (text == null) return new LoadResult.Failed(ProgramFormat.FLAT_HEX, name + ": not hexadecimal text");
    byte[] bytes;
    try {
      bytes = HexFormat.of().parseHex(text.replaceAll("\\s+", ""));
    } catch (IllegalArgumentException e) {
      return new LoadResult.Failed(ProgramFormat.FLAT_HEX,
          name + ": not hexadecimal text (" + e.getMessage() + ")");
    }
    if (!looksLikeCbor(bytes)) return flat(bytes, name, ProgramFormat.FLAT_HEX, 0);
    return relabel(binary(bytes, name, true), ProgramFormat.CBOR_HEX);
  }

  private static LoadResult envelope(String text, String name) {
    if (text == null) {
      return new LoadResult.Failed(ProgramFormat.TEXT_ENVELOPE, name + ": not a JSON text envelope");
    }
    Matcher m = CBOR_HEX_FIELD.matcher(text);
    if (!m.find()) {
      return new LoadResult.Failed(ProgramFormat.TEXT_ENVELOPE, name + ": expected a JSON text"
          + " envelope with a \"cborHex\" field holding the script");
    }
    return relabel(hex(m.group(1), name + " (cborHex)"), ProgramFormat.TEXT_ENVELOPE);
  }

  private static LoadResult flat(byte[] bytes, String name, ProgramFormat format, int layers) {
    FlatDecodeResult r = Flat.decode(bytes);
    if (r instanceof FlatDecodeResult.Failure f) {
      String where = layers == 0 ? "" : " (inside " + layers + " CBOR byte string"
          + (layers > 1 ? "s" : "") + ")";
      return new LoadResult.Failed(format, name + ": " + f + where);
    }
    return new LoadResult.Loaded(r.orElseThrow(), format, layers);
  }

  /** The same outcome, attributed to the outer form the input was given in. */
  private static LoadResult relabel(LoadResult r, ProgramFormat format) {
    if (r instanceof LoadResult.Loaded l) {
      return new LoadResult.Loaded(l.program(), format, l.cborLayers());
    }
    return new LoadResult.Failed(format, ((LoadResult.Failed) r).message());
  }

  private static boolean looksLikeCbor(byte[] bytes) {
    return bytes.length > 0 && (bytes[0] & 0xff) >= 0x40 && (bytes[0] & 0xff) <= 0x5b;
  }

  /** The content as UTF-8 text, or null if it is not valid UTF-8 or holds control bytes. */
  private static String asText(byte[] content) {
    String s;
    try {
      s = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') return null;
    }
    return s;
  }

  /** Skips white space, {@code --} line comments and nested block comments. */
  private static String skipBlankAndComments(String s) {
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (s.startsWith("--", i)) {
        int nl = s.indexOf('\n', i);
        i = nl < 0 ? s.length() : nl + 1;
      } else if (s.startsWith("{-", i)) {
        int depth = 1;
        i += 2;
        while (i < s.length() && depth > 0) {
          if (s.startsWith("{-", i)) {
            depth++;
            i += 2;
          } else if (s.startsWith("-}", i)) {
            depth--;
            i += 2;
          } else {
            i++;
          }
        }
      } else {
        break;
      }
    }
    return s.substring(i);
  }
}
