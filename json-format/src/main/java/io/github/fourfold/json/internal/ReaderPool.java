package io.github.fourfold.json.internal;

import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * Keeps a few idle {@link FormatReader}s, so that a read does not allocate the reader's path and
 * per-depth tables of properties and values again (about 0.9 KB of the 6 KB that reading an
 * average lead allocated). A reader is taken for one read and given back cleared: it holds no
 * parser and no input text between reads. One whose tables grew past {@link #MAX_KEPT_DEPTH}
 * (deep, likely hostile input) is not kept.
 *
 * <p>The pool is a small array shared by all threads, not a {@code ThreadLocal}: in an application
 * server, a thread-local reader would keep the application's class loader alive after a redeploy
 * for as long as the server's thread lives, and with virtual threads (one per request) a reader
 * per thread would never be used twice. Each thread starts at a slot of its own, takes a reader
 * with one atomic swap and gives it back with one compare-and-set; when the slots it tries are
 * empty (or full) it makes a new reader (or drops it), so the pool never blocks and never holds
 * more than {@link #SLOTS} readers.
 */
final class ReaderPool {
  /** The deepest tables a kept reader may have; a lead nests about six deep. */
  static final int MAX_KEPT_DEPTH = 32;

  /** How many idle readers are kept at most: a power of two, enough for every processor. */
  static final int SLOTS =
      Integer.highestOneBit(Math.min(64, Math.max(4, 2 * Runtime.getRuntime().availableProcessors())));

  /** How many slots a thread tries, from its own, before it makes or drops a reader. */
  private static final int PROBES = 4;

  /** The source of a reader between reads: it has no tokens. */
  static final TokenSource NO_SOURCE =
      new TokenSource() {
        @Override
        public @Nullable Token current() {
          return null;
        }

        @Override
        public @Nullable Token next() {
          return null;
        }

        @Override
        public @Nullable String text() {
          return null;
        }

        @Override
        public char[] textChars() {
          return new char[0];
        }

        @Override
        public int textOffset() {
          return 0;
        }

        @Override
        public int textLength() {
          return 0;
        }

        @Override
        public long tokenOffset() {
          return -1;
        }

        @Override
        public void close() {}
      };

  private static final AtomicReferenceArray<FormatReader> IDLE = new AtomicReferenceArray<>(SLOTS);

  private ReaderPool() {}

  /** An idle reader, or a new one when the slots this thread tries hold none. */
  static FormatReader take() {
    int home = home();
    for (int i = 0; i < PROBES; i++) {
      FormatReader reader = IDLE.getAndSet((home + i) & (SLOTS - 1), null);
      if (reader != null) {
        return reader;
      }
    }
    return new FormatReader();
  }

  /** Clears a reader after its read and keeps it, when a slot this thread tries is free. */
  static void give(FormatReader reader) {
    if (!reader.clear()) {
      return;
    }
    int home = home();
    for (int i = 0; i < PROBES; i++) {
      if (IDLE.compareAndSet((home + i) & (SLOTS - 1), null, reader)) {
        return;
      }
    }
  }

  /** The thread's first slot: threads that read at the same time mostly start at different ones. */
  @SuppressWarnings("deprecation") // Thread.getId: threadId() is Java 19+; the baseline is 17.
  private static int home() {
    long id = Thread.currentThread().getId();
    int hash = (int) (id ^ (id >>> 32)) * 0x9E3779B9;
    return hash ^ (hash >>> 16);
  }
}
