package io.github.fourfold.examples.qualify;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A one-line progress indicator on standard error, shown only when that is a terminal. */
final class Progress {
  private static final long INTERVAL_NANOS = 500_000_000L;

  private final PrintStream err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long lastShown = start;
  private boolean shown;

  Progress(PrintStream err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** Whether standard error goes to a terminal (Linux: /proc; elsewhere: whether there is a console). */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return System.console() != null;
    }
  }

  void tick(long done) {
    if (!enabled || (done & 1023) != 0) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastShown < INTERVAL_NANOS) {
      return;
    }
    lastShown = now;
    shown = true;
    double seconds = (now - start) / 1e9;
    err.printf(Locale.ROOT, "\rqualify: %,d leads (%,.0f leads/s) ", done, done / seconds);
    err.flush();
  }

  void done() {
    if (shown) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
