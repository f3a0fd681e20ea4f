package io.github.fourfold.kafka.streams.internal;

import io.github.fourfold.Verdict;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * What the state store keeps for one lead: its JSON as last received, and the last result that was
 * emitted for it, as its verdict and its JSON written as of a fixed date (so that two results can
 * be compared by their bytes, ignoring {@code asOf}).
 *
 * <p>Layout: one byte of format version (1), one byte of verdict ({@code S}, {@code N} or {@code D}, or -1 for none yet),
 * four bytes of the lead's length, the lead's UTF-8 JSON, then the result's UTF-8 JSON to the end.
 */
final class StoredLead {
  private static final byte FORMAT = 1;
  private static final byte NO_VERDICT = -1;
  private static final int HEADER = 6;

  private final byte[] bytes;

  private StoredLead(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A stored entry from the store's bytes. */
  static StoredLead from(byte[] bytes) {
    if (bytes.length < HEADER || bytes[0] != FORMAT) {
      throw new IllegalStateException("the state store holds an entry of an unknown format");
    }
    return new StoredLead(bytes);
  }

  /** A new entry. */
  static StoredLead of(byte[] lead, @Nullable Verdict verdict, byte[] normalizedResult) {
    byte[] bytes = header(lead, verdict, normalizedResult.length);
    System.arraycopy(
        normalizedResult, 0, bytes, HEADER + lead.length, normalizedResult.length);
    return new StoredLead(bytes);
  }

  /** A new entry, its result copied from the buffer it was written into. */
  static StoredLead of(byte[] lead, @Nullable Verdict verdict, WriteBuffer normalizedResult) {
    byte[] bytes = header(lead, verdict, normalizedResult.size());
    normalizedResult.copyTo(bytes, HEADER + lead.length);
    return new StoredLead(bytes);
  }

  /** An entry's bytes with its header and lead filled in, and room for the result. */
  private static byte[] header(byte[] lead, @Nullable Verdict verdict, int resultLength) {
    byte[] bytes = new byte[HEADER + lead.length + resultLength];
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    buffer.put(FORMAT);
    buffer.put(code(verdict));
    buffer.putInt(lead.length);
    buffer.put(lead);
    return bytes;
  }

  byte[] bytes() {
    return bytes;
  }

  @Nullable Verdict verdict() {
    switch (bytes[1]) {
      case 'S':
        return Verdict.SQL;
      case 'N':
        return Verdict.NOT_YET;
      case 'D':
        return Verdict.DISQUALIFIED;
      default:
        return null;
    }
  }

  /** A verdict's stored code: fixed letters, so stored state does not depend on the enum's order. */
  private static byte code(@Nullable Verdict verdict) {
    if (verdict == null) {
      return NO_VERDICT;
    }
    switch (verdict) {
      case SQL:
        return 'S';
      case NOT_YET:
        return 'N';
      default:
        return 'D';
    }
  }

  byte[] lead() {
    return Arrays.copyOfRange(bytes, HEADER, HEADER + leadLength());
  }

  boolean leadEquals(byte[] lead) {
    int length = leadLength();
    return length == lead.length
        && Arrays.equals(bytes, HEADER, HEADER + length, lead, 0, lead.length);
  }

  /** Whether the last result, as stored, is exactly what the buffer holds. */
  boolean resultEquals(WriteBuffer normalizedResult) {
    return normalizedResult.contentEquals(bytes, HEADER + leadLength(), bytes.length);
  }

  /** A new lead, the last result kept. */
  StoredLead withLead(byte[] lead) {
    int from = HEADER + leadLength();
    return of(lead, verdict(), Arrays.copyOfRange(bytes, from, bytes.length));
  }

  private int leadLength() {
    return ByteBuffer.wrap(bytes, 2, 4).getInt();
  }
}
