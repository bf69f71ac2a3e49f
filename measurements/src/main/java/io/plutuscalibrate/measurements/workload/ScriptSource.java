package io.plutuscalibrate.measurements.workload;

import java.util.Objects;

/**
 * A script as it arrives: its bytes and their format. The harness times {@link #decode} apart from
 * evaluating the program it gives.
 */
public final class ScriptSource {
  private final String label;
  private final ScriptFormat format;
  private final byte[] bytes;

  /** {@code label} names the script in messages (a file name); the bytes are copied. */
  public ScriptSource(String label, ScriptFormat format, byte[] bytes) {
    this.label = Objects.requireNonNull(label);
    this.format = Objects.requireNonNull(format);
    this.bytes = bytes.clone();
  }

  public String label() {
    return label;
  }

  public ScriptFormat format() {
    return format;
  }

  /** A copy of the bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The number of bytes. */
  public int length() {
    return bytes.length;
  }

  /** Decodes the bytes afresh: the program, or why they are not one. */
  public ScriptDecoding decode() {
    return format.decode(bytes, label);
  }

  @Override
  public String toString() {
    return label + " (" + format + ", " + bytes.length + " bytes)";
  }
}
