package io.plutuscalibrate.reports.page;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Headless Chromium for tests: the DOM of a page after it loaded, and a screenshot of it. Started
 * as on the project's machines (see .ci/run): as root, without sandbox or GPU, with nothing that
 * reaches the network, and with a fresh profile each time.
 */
final class Chromium {
  private static final long TIMEOUT_SECONDS = 300;
  private final Path binary;
  private final Path work;

  private Chromium(Path binary, Path work) {
    this.binary = binary;
    this.work = work;
  }

  /**
   * Chromium from the system property {@code chromium}, the environment variable
   * {@code CHROMIUM}, or the usual places; the test fails (never skips) without it.
   */
  static Chromium find(Path work) {
    List<String> candidates = new ArrayList<>();
    String prop = System.getProperty("chromium");
    String env = System.getenv("CHROMIUM");
    if (prop != null && !prop.isBlank()) candidates.add(prop);
    if (env != null && !env.isBlank()) candidates.add(env);
    candidates.addAll(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome"));
    for (String c : candidates) {
      Path p = Path.of(c);
      if (Files.isExecutable(p)) return new Chromium(p, work);
    }
    throw new AssertionError("Chromium is needed to check that the report's charts are drawn,"
        + " and none was found (looked at " + candidates + "). Install Debian's package:"
        + " apt-get install -y chromium (.ci/run does), or name the binary with -Dchromium=PATH");
  }

  /** The page's DOM after its load event, as Chromium serialises it. */
  String dumpDom(Path page, int width, int height) throws IOException, InterruptedException {
    Path out = work.resolve("dom-" + System.nanoTime() + ".html");
    run(out, page, width, height, "--dump-dom");
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** A screenshot of the page in a window of the given size (CSS pixels = image pixels). */
  BufferedImage screenshot(Path page, Path png, int width, int height)
      throws IOException, InterruptedException {
    run(work.resolve("shot-" + System.nanoTime() + ".log"), page, width, height,
        "--screenshot=" + png.toAbsolutePath());
    if (!Files.isRegularFile(png)) throw new AssertionError("Chromium wrote no screenshot " + png);
    BufferedImage image = ImageIO.read(png.toFile());
    if (image == null) throw new AssertionError(png + " is not an image");
    return image;
  }

  private void run(Path stdout, Path page, int width, int height, String action)
      throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(work, "profile");
    Path log = work.resolve("chromium-" + System.nanoTime() + ".log");
    List<String> cmd = List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions",
        "--hide-scrollbars", "--force-device-scale-factor=1",
        "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + width + "," + height,
        action, page.toAbsolutePath().toUri().toString());
    Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile())
        .redirectError(log.toFile()).start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError("Chromium did not finish within " + TIMEOUT_SECONDS + " s: "
          + tail(log));
    }
    if (p.exitValue() != 0) {
      throw new AssertionError("Chromium exited with " + p.exitValue() + ": " + tail(log));
    }
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
  }
}
