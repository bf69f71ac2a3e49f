package io.plutuscalibrate.measurements.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/** What the manifest says about the machine, the JVM and the project. */
public final class HostInfo {
  private static final ObjectMapper JSON = new ObjectMapper();

  private HostInfo() {}

  /** The project's version, from the measurements module's build. */
  public static String projectVersion() {
    try (InputStream in = HostInfo.class.getResourceAsStream(
        "/io/plutuscalibrate/measurements/version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version", "");
        if (!v.isEmpty() && !v.startsWith("$")) return v;
      }
    } catch (IOException e) {
      // falls through
    }
    return "unknown";
  }

  /** The CPU's model name (Linux: /proc/cpuinfo), or the architecture when unknown. */
  public static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          int c = line.indexOf(':');
          if (c >= 0) return line.substring(c + 1).strip();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return System.getProperty("os.arch", "unknown");
  }

  /** The system load average over the last minute, or -1 when unavailable. */
  public static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** The host section of a manifest. */
  public static ObjectNode host() {
    ObjectNode h = JSON.createObjectNode();
    h.put("cpuModel", cpuModel());
    h.put("cores", Runtime.getRuntime().availableProcessors());
    ObjectNode os = h.putObject("os");
    os.put("name", System.getProperty("os.name", ""));
    os.put("version", System.getProperty("os.version", ""));
    os.put("arch", System.getProperty("os.arch", ""));
    return h;
  }

  /** The JVM section of a manifest: name, vendor, version and the flags it was started with. */
  public static ObjectNode jvm() {
    ObjectNode j = JSON.createObjectNode();
    j.put("name", System.getProperty("java.vm.name", ""));
    j.put("vendor", System.getProperty("java.vm.vendor", ""));
    j.put("version", System.getProperty("java.vm.version", ""));
    j.put("javaVersion", System.getProperty("java.version", ""));
    var flags = j.putArray("flags");
    List<String> args = ManagementFactory.getRuntimeMXBean().getInputArguments();
    args.forEach(flags::add);
    j.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
    var gcs = j.putArray("collectors");
    ManagementFactory.getGarbageCollectorMXBeans().forEach(g -> gcs.add(g.getName()));
    return j;
  }
}
