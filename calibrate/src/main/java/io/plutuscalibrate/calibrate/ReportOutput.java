package io.plutuscalibrate.calibrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writing report files named by options such as {@code --json FILE}. */
final class ReportOutput {
  private ReportOutput() {}

  /** Writes {@code text} to {@code file} (creating its directory); a failure is user input. */
  static void write(Path file, String text, String option) throws UserInputException {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserInputException(option + ": cannot write " + Messages.ioReason(e));
    }
  }

  /**
   * A fraction given as a percentage ("5%") or a plain number ("0.05"), in [0, 1).
   *
   * @param option the option name for the message
   */
  static double fraction(String text, String option) throws UserInputException {
    String s = text.strip();
    boolean percent = s.endsWith("%");
    if (percent) s = s.substring(0, s.length() - 1).strip();
    try {
      double v = Double.parseDouble(s);
      if (percent) v /= 100;
      if (s.matches("[+]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?") && v >= 0 && v < 1) return v;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UserInputException(option + " expects a percentage such as 5% or a fraction such"
        + " as 0.05, in [0, 1); got '" + text + "'");
  }
}
