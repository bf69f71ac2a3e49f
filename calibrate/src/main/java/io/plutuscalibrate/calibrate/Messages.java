package io.plutuscalibrate.calibrate;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Wording of error messages shared by the commands. */
final class Messages {
  private Messages() {}

  /** The file and why it could not be read, without Java exception names. */
  static String ioReason(IOException e) {
    if (e instanceof NoSuchFileException n) return n.getFile() + ": no such file";
    if (e instanceof AccessDeniedException a) return a.getFile() + ": permission denied";
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  /** Collapses a message onto one line. */
  static String oneLine(String message) {
    return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
