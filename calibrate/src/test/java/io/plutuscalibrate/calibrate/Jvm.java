package io.plutuscalibrate.calibrate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines that run this project's main classes in a new JVM, from the test class path. */
final class Jvm {
  private Jvm() {}

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** {@code java -cp CLASSPATH io.plutuscalibrate.calibrate.Main ARGS...} as an argument list. */
  static List<String> calibrate(String... args) {
    List<String> cmd = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** The same as one shell command line (for --command). */
  static String calibrateShell(String jvmFlags, String... args) {
    StringBuilder b = new StringBuilder(quote(java()));
    if (!jvmFlags.isEmpty()) b.append(' ').append(jvmFlags);
    b.append(" -cp ").append(quote(System.getProperty("java.class.path"))).append(' ')
        .append(Main.class.getName());
    for (String a : args) b.append(' ').append(quote(a));
    return b.toString();
  }

  static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
