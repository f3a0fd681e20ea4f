package io.github.fourfold.json.internal;

import static io.github.fourfold.json.JsonErrorCode.MALFORMED_JSON;

import io.github.fourfold.json.FramedRecord;
import io.github.fourfold.json.Framing;
import io.github.fourfold.json.JsonReadError;
import io.github.fourfold.json.LeadReader;
import io.github.fourfold.json.LeadRecord;
import io.github.fourfold.model.Lead;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Frames a stream of leads into records, the same for every binding, and reads each record as one
 * document through {@link Documents}, so that a record gives exactly the lead or error that the
 * same bytes give to {@code readLead(byte[])}.
 *
 * <p>Framing works on bytes and never decodes them: NDJSON splits at LF; a JSON array is split at
 * the commas between its elements by tracking only brackets, braces, strings and their escapes.
 * A record is held in memory only up to the document limit; past it, the rest of the record is
 * scanned without being kept and the record is one {@code LIMIT_EXCEEDED} error. The framing's
 * memory is the block buffer, the record buffer and a bracket stack of at most 1,024 levels
 * (deeper brackets, already over any nesting limit, are counted, not matched).
 */
public final class LeadStream implements LeadReader {
  private static final int BLOCK = 1 << 16;
  private static final int MAX_TRACKED_DEPTH = 1024;
  private static final int COMPLETE = 0;
  private static final int TRUNCATED = 1;
  private static final int MISMATCHED = 2;

  /** Where a JSON document is in its framing. */
  private enum State {
    START,
    FIRST_ELEMENT,
    AFTER_ELEMENT,
    AFTER_COMMA,
    AFTER_ARRAY,
    DONE
  }

  private final InputStream in;
  private final Framing framing;
  private final Documents<?> documents;
  private final int max;
  private final byte[] block = new byte[BLOCK];
  private int pos;
  private int end;
  private boolean eof;
  private boolean started;
  /** The current record's bytes, up to {@code max + 1}: then the record is over the limit. */
  private byte[] record = new byte[256];
  private int length;
  private boolean over;
  private long line;
  private long index;
  private State state = State.START;
  /** Per depth: whether the container opened there is an array. */
  private final boolean[] arrays = new boolean[MAX_TRACKED_DEPTH];

  /**
   * Creates the reader.
   *
   * @param in the stream, not closed by the reader
   * @param framing how the leads are framed
   * @param documents reads each record
   */
  public LeadStream(InputStream in, Framing framing, Documents<?> documents) {
    this.in = in;
    this.framing = framing;
    this.documents = documents;
    this.max = documents.maxDocumentBytes();
  }

  @Override
  public @Nullable LeadRecord read() throws IOException {
    FramedRecord framed = frame();
    return framed == null ? null : framed.read();
  }

  @Override
  public @Nullable FramedRecord frame() throws IOException {
    if (!started) {
      started = true;
      skipByteOrderMark();
    }
    return framing == Framing.NDJSON ? nextLine() : nextInDocument();
  }

  // ---------------------------------------------------------------- NDJSON

  private @Nullable FramedRecord nextLine() throws IOException {
    while (fill()) {
      line++;
      length = 0;
      over = false;
      boolean blank = true;
      boolean ended = false;
      while (!ended && fill()) {
        int from = pos;
        int to = from;
        byte[] b = block;
        int stop = end;
        while (to < stop && b[to] != '\n') {
          byte c = b[to];
          if (blank && c != ' ' && c != '\t' && c != '\r') {
            blank = false;
          }
          to++;
        }
        keep(b, from, to - from);
        if (to < stop) {
          ended = true;
          pos = to + 1;
        } else {
          pos = to;
        }
      }
      if (blank) {
        continue;
      }
      if (!over && length > 0 && record[length - 1] == '\r') {
        length--;
      }
      if (over || length > max) {
        return framed(LeadRecord.ofError(toPublic(documents.tooLarge()), line, -1, false));
      }
      if (startsWithByteOrderMark()) {
        return framed(LeadRecord.ofError(misplacedByteOrderMark(), line, -1, false));
      }
      return readRecord(line, -1);
    }
    return null;
  }

  // ---------------------------------------------------------------- JSON

  private @Nullable FramedRecord nextInDocument() throws IOException {
    switch (state) {
      case START:
        {
          int c = skipWhitespace();
          if (c < 0) {
            return end(malformed("expected an array of leads or a lead, but the input is empty"), -1);
          }
          if (c != '[') {
            return wholeDocument();
          }
          pos++;
          state = State.FIRST_ELEMENT;
          return nextInDocument();
        }
      case FIRST_ELEMENT:
      case AFTER_COMMA:
        {
          int c = skipWhitespace();
          if (c == ']' && state == State.FIRST_ELEMENT) {
            pos++;
            state = State.AFTER_ARRAY;
            return nextInDocument();
          }
          if (c < 0) {
            return end(malformed("expected an array element, but the input ends"), index);
          }
          if (c == ',' || c == ']' || c == '}' || c == ':') {
            return end(malformed("expected an array element"), index);
          }
          return element();
        }
      case AFTER_ELEMENT:
        {
          int c = skipWhitespace();
          if (c == ',') {
            pos++;
            state = State.AFTER_COMMA;
            return nextInDocument();
          }
          if (c == ']') {
            pos++;
            state = State.AFTER_ARRAY;
            return nextInDocument();
          }
          return end(
              malformed(
                  c < 0
                      ? "expected ',' or ']' after an array element, but the input ends"
                      : "expected ',' or ']' after an array element"),
              index);
        }
      case AFTER_ARRAY:
        {
          if (skipWhitespace() >= 0) {
            return end(malformed("expected nothing after the array of leads"), -1);
          }
          state = State.DONE;
          return null;
        }
      default:
        return null;
    }
  }

  /** A document that is not an array: one lead, read as a whole document within the limit. */
  private FramedRecord wholeDocument() throws IOException {
    state = State.DONE;
    length = 0;
    over = false;
    while (fill()) {
      keep(block, pos, end - pos);
      pos = end;
    }
    if (over || length > max) {
      return framed(LeadRecord.ofError(toPublic(documents.tooLarge()), -1, -1, false));
    }
    if (startsWithByteOrderMark()) {
      return framed(LeadRecord.ofError(misplacedByteOrderMark(), -1, -1, false));
    }
    return readRecord(-1, -1);
  }

  /** Scans one element from the current byte, which starts it; reads it when it is complete. */
  private FramedRecord element() throws IOException {
    length = 0;
    over = false;
    int c = block[pos];
    int outcome;
    if (c == '{' || c == '[') {
      outcome = container();
    } else if (c == '"') {
      keep(block, pos, 1);
      pos++;
      outcome = stringRest() ? COMPLETE : TRUNCATED;
    } else {
      scalar();
      outcome = COMPLETE;
    }
    if (outcome == TRUNCATED) {
      return end(malformed("expected the array element to be complete, but the input ends"), index);
    }
    if (outcome == MISMATCHED) {
      return end(malformed("expected brackets and braces to match in an array element"), index);
    }
    long at = index++;
    state = State.AFTER_ELEMENT;
    if (over || length > max) {
      return framed(LeadRecord.ofError(toPublic(documents.tooLarge()), -1, at, false));
    }
    return readRecord(-1, at);
  }

  /**
   * A number, literal or garbage, up to the next delimiter: never a structural error itself (when
   * the input ends after it, the missing {@code ']'} is reported next).
   */
  private void scalar() throws IOException {
    while (fill()) {
      int from = pos;
      int to = from;
      while (to < end && !delimiter(block[to])) {
        to++;
      }
      keep(block, from, to - from);
      pos = to;
      if (to < end) {
        return;
      }
    }
  }

  /** The rest of a string after its opening quote, kept. */
  private boolean stringRest() throws IOException {
    boolean escaped = false;
    while (fill()) {
      int from = pos;
      int to = from;
      boolean closed = false;
      while (to < end) {
        byte b = block[to++];
        if (escaped) {
          escaped = false;
        } else if (b == '\\') {
          escaped = true;
        } else if (b == '"') {
          closed = true;
          break;
        }
      }
      keep(block, from, to - from);
      pos = to;
      if (closed) {
        return true;
      }
    }
    return false;
  }

  /**
   * An object or array, to its matching close.
   *
   * @return {@link #COMPLETE}, {@link #TRUNCATED} or {@link #MISMATCHED}
   */
  private int container() throws IOException {
    int depth = 0;
    while (fill()) {
      int from = pos;
      int to = from;
      while (to < end) {
        byte b = block[to];
        if (b == '"') {
          keep(block, from, to + 1 - from);
          pos = to + 1;
          if (!stringRest() || !fill()) {
            return TRUNCATED;
          }
          from = pos;
          to = from;
          continue;
        }
        to++;
        if (b == '{' || b == '[') {
          if (depth < MAX_TRACKED_DEPTH) {
            arrays[depth] = b == '[';
          }
          depth++;
        } else if (b == '}' || b == ']') {
          depth--;
          if (depth < MAX_TRACKED_DEPTH && arrays[depth] != (b == ']')) {
            pos = to;
            return MISMATCHED;
          }
          if (depth == 0) {
            keep(block, from, to - from);
            pos = to;
            return COMPLETE;
          }
        }
      }
      keep(block, from, to - from);
      pos = to;
    }
    return TRUNCATED;
  }

  private static boolean delimiter(byte b) {
    return b == ',' || b == ']' || b == '}' || b == '[' || b == '{' || b == '"' || b == ':'
        || whitespace(b);
  }

  private static boolean whitespace(int b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }

  // ---------------------------------------------------------------- records

  /** The current record's bytes, to be read later, on any thread. */
  private FramedRecord readRecord(long atLine, long atIndex) {
    byte[] bytes = Arrays.copyOf(record, length);
    // A local, not the field: a framed record must not keep this stream (its 64 KiB block) alive.
    Documents<?> reader = documents;
    return () -> {
      try {
        Lead lead = reader.readRecord(bytes);
        return LeadRecord.ofLead(lead, atLine, atIndex);
      } catch (FormatError e) {
        return LeadRecord.ofError(toPublic(e), atLine, atIndex, false);
      }
    };
  }

  /** A record the framing already decided: an error. */
  private static FramedRecord framed(LeadRecord error) {
    return () -> error;
  }

  private FramedRecord end(JsonReadError error, long atIndex) {
    state = State.DONE;
    return framed(LeadRecord.ofError(error, -1, atIndex, true));
  }

  private static JsonReadError malformed(String detail) {
    return JsonReadError.of(MALFORMED_JSON, null, detail, null);
  }

  private static JsonReadError misplacedByteOrderMark() {
    return malformed(
        "expected a lead, but found a byte order mark, which is allowed at the start of the input"
            + " only");
  }

  private static JsonReadError toPublic(FormatError e) {
    return JsonReadError.of(e.code(), e.pointer(), e.detail(), e.leadId());
  }

  private boolean startsWithByteOrderMark() {
    return length >= 3
        && record[0] == (byte) 0xEF
        && record[1] == (byte) 0xBB
        && record[2] == (byte) 0xBF;
  }

  // ---------------------------------------------------------------- bytes

  /** Keeps bytes of the current record while it is within the limit; past it only notes that. */
  private void keep(byte[] bytes, int from, int count) {
    if (over || count == 0) {
      return;
    }
    if (length + (long) count > max + 1L) {
      over = true;
      return;
    }
    if (length + count > record.length) {
      long grown = Math.max(length + (long) count, 2L * record.length);
      record = Arrays.copyOf(record, (int) Math.min(max + 1L, grown));
    }
    System.arraycopy(bytes, from, record, length, count);
    length += count;
  }

  /** Skips JSON whitespace; returns the next byte without consuming it, or -1 at the end. */
  private int skipWhitespace() throws IOException {
    while (fill()) {
      while (pos < end) {
        byte b = block[pos];
        if (!whitespace(b)) {
          return b & 0xFF;
        }
        pos++;
      }
    }
    return -1;
  }

  private void skipByteOrderMark() throws IOException {
    // The first three bytes, however the stream delivers them.
    while (!eof && end < 3) {
      int n = in.read(block, end, BLOCK - end);
      if (n < 0) {
        eof = true;
      } else {
        end += n;
      }
    }
    if (end >= 3
        && block[0] == (byte) 0xEF
        && block[1] == (byte) 0xBB
        && block[2] == (byte) 0xBF) {
      pos = 3;
    }
  }

  /** Whether a byte is available at {@code pos}, reading the next block when needed. */
  private boolean fill() throws IOException {
    if (pos < end) {
      return true;
    }
    while (!eof) {
      int n = in.read(block, 0, BLOCK);
      if (n < 0) {
        eof = true;
      } else if (n > 0) {
        pos = 0;
        end = n;
        return true;
      }
    }
    return false;
  }
}
