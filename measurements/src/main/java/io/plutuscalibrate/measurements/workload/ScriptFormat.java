package io.plutuscalibrate.measurements.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.flat.Flat;
import io.plutuscalibrate.uplc.flat.FlatDecodeResult;
import io.plutuscalibrate.uplc.flat.SerialisedScript;
import io.plutuscalibrate.uplc.text.ParseResult;
import io.plutuscalibrate.uplc.text.UplcParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The forms a script's bytes can take, each with its decoder, chosen by file extension. */
public enum ScriptFormat {
  /** {@code .flat}: a flat-encoded program. */
  FLAT(".flat") {
    @Override
    ScriptDecoding decode(byte[] bytes, String label) {
      return fromFlat(Flat.decode(bytes), label);
    }
  },
  /** {@code .cbor}: the ledger's form, a CBOR byte string around the flat bytes (one or two). */
  CBOR(".cbor") {
    @Override
    ScriptDecoding decode(byte[] bytes, String label) {
      return fromFlat(SerialisedScript.decode(bytes), label);
    }
  },
  /** {@code .hex}: the CBOR form as hexadecimal text. */
  CBOR_HEX(".hex") {
    @Override
    ScriptDecoding decode(byte[] bytes, String label) {
      Optional<String> text = utf8(bytes);
      if (text.isEmpty()) return new ScriptDecoding.Undecodable(label + ": not UTF-8 text");
      return fromFlat(SerialisedScript.decodeHex(text.get().strip()), label);
    }
  },
  /** {@code .plutus}: a cardano-cli text envelope, JSON whose {@code cborHex} is the script. */
  TEXT_ENVELOPE(".plutus") {
    @Override
    ScriptDecoding decode(byte[] bytes, String label) {
      JsonNode json;
      try {
        json = new ObjectMapper().readTree(bytes);
      } catch (IOException e) {
        return new ScriptDecoding.Undecodable(label + ": not JSON: " + e.getMessage());
      }
      JsonNode hex = json == null ? null : json.get("cborHex");
      if (hex == null || !hex.isTextual()) {
        return new ScriptDecoding.Undecodable(label
            + ": expected a text envelope, a JSON object with a \"cborHex\" string field");
      }
      return fromFlat(SerialisedScript.decodeHex(hex.asText()), label);
    }
  },
  /** {@code .uplc}: the textual syntax. */
  TEXT(".uplc") {
    @Override
    ScriptDecoding decode(byte[] bytes, String label) {
      Optional<String> text = utf8(bytes);
      if (text.isEmpty()) return new ScriptDecoding.Undecodable(label + ": not UTF-8 text");
      ParseResult<Program> r = UplcParser.parseProgram(text.get(), label);
      if (r instanceof ParseResult.Parsed<Program> p) {
        return new ScriptDecoding.Decoded(p.value());
      }
      return new ScriptDecoding.Undecodable(((ParseResult.Failed<?>) r).error().toString());
    }
  };

  private final String extension;

  ScriptFormat(String extension) {
    this.extension = extension;
  }

  /** The file extension, with its dot. */
  public String extension() {
    return extension;
  }

  /** Decodes {@code bytes}; {@code label} (a file name) starts any message. */
  abstract ScriptDecoding decode(byte[] bytes, String label);

  /** The format of a file with this name, by its extension (case ignored). */
  public static Optional<ScriptFormat> ofFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (ScriptFormat f : values()) {
      if (lower.endsWith(f.extension)) return Optional.of(f);
    }
    return Optional.empty();
  }

  private static ScriptDecoding fromFlat(FlatDecodeResult r, String label) {
    if (r instanceof FlatDecodeResult.Success s) return new ScriptDecoding.Decoded(s.program());
    return new ScriptDecoding.Undecodable(label + ": " + r);
  }

  private static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
