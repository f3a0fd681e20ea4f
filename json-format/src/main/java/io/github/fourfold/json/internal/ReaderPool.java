package io.github.fourfold.json.internal;

import org.jspecify.annotations.Nullable;

/**
 * Keeps one idle {@link FormatReader} per thread, so that a read does not allocate the reader's
 * path and per-depth tables of properties and values again (about 0.9 KB of the 6 KB that reading
 * an average lead allocated). A reader is taken for one read and given back cleared: it holds no
 * parser and no input text between reads. A read that starts while another is under way on the
 * same thread gets a new reader; one whose tables grew past {@link #MAX_KEPT_DEPTH} (deep, likely
 * hostile input) is not kept.
 */
final class ReaderPool {
  /** The deepest tables a kept reader may have; a lead nests about six deep. */
  static final int MAX_KEPT_DEPTH = 32;

  /** A thread's idle reader, or null while it reads. */
  private static final class Idle {
    @Nullable FormatReader reader;
  }

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

  private static final ThreadLocal<Idle> IDLE = ThreadLocal.withInitial(Idle::new);

  private ReaderPool() {}

  /** The thread's idle reader, or a new one when it has none. */
  static FormatReader take() {
    Idle idle = IDLE.get();
    FormatReader reader = idle.reader;
    if (reader == null) {
      return new FormatReader();
    }
    idle.reader = null;
    return reader;
  }

  /** Clears a reader after its read and keeps it as the thread's idle one. */
  static void give(FormatReader reader) {
    if (reader.clear()) {
      IDLE.get().reader = reader;
    }
  }
}
