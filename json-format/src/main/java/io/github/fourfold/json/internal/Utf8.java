package io.github.fourfold.json.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A strict UTF-8 check of byte input, so that the bytes can go to Jackson's byte parser without
 * being decoded first: whether Jackson rejects overlong forms, encoded surrogates and code points
 * beyond U+10FFFF depends on its version, and the format requires all of them rejected, before
 * any other error.
 */
public final class Utf8 {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());
  private static final long HIGH_BITS = 0x8080808080808080L;

  private Utf8() {}

  /** What {@link #check} returns for well-formed UTF-8 without a backslash. */
  public static final int WELL_FORMED = -1;
  /** What {@link #check} returns for well-formed UTF-8 with at least one backslash. */
  public static final int WELL_FORMED_WITH_BACKSLASH = -2;

  private static final long ONES = 0x0101010101010101L;
  private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;

  /**
   * Checks that bytes are well-formed UTF-8 (Unicode's table 3-7) and whether they have a
   * backslash. Without one, a JSON text has no escapes, so none of its strings can hold an
   * unpaired surrogate: well-formed UTF-8 cannot encode one.
   *
   * @param bytes the input
   * @return the offset of the first byte of the first sequence that is not well-formed, where
   *     {@link java.nio.charset.CharsetDecoder} stops; else {@link #WELL_FORMED} or {@link
   *     #WELL_FORMED_WITH_BACKSLASH}
   */
  public static int check(byte[] bytes) {
    int n = bytes.length;
    int i = 0;
    // The high bit of a byte is set where a word held a backslash (see below).
    long backslashes = 0;
    boolean backslash = false;
    while (i < n) {
      // Documents are mostly ASCII: eight bytes at a time until one has its high bit set.
      while (i <= n - 8) {
        long word = (long) LONGS.get(bytes, i);
        if ((word & HIGH_BITS) != 0) {
          break;
        }
        // A zero byte of word ^ BACKSLASHES is a backslash; for ASCII bytes, (x - 1) & ~x has
        // its high bit set exactly for a zero byte x. Accumulated, not branched on.
        long x = word ^ BACKSLASHES;
        backslashes |= (x - ONES) & ~x;
        i += 8;
      }
      if (i >= n) {
        break;
      }
      int b = bytes[i];
      if (b >= 0) {
        backslash |= b == '\\';
        i++;
        continue;
      }
      int length = sequenceLength(bytes, i);
      if (length == 0) {
        return i;
      }
      i += length;
    }
    return backslash || (backslashes & HIGH_BITS) != 0
        ? WELL_FORMED_WITH_BACKSLASH
        : WELL_FORMED;
  }

  /** The length of the well-formed multi-byte sequence at {@code i}, or 0. */
  private static int sequenceLength(byte[] bytes, int i) {
    int lead = bytes[i] & 0xFF;
    if (lead < 0xC2) {
      // A continuation byte, or the lead of an overlong two-byte form.
      return 0;
    }
    if (lead < 0xE0) {
      return continuation(bytes, i + 1, 0x80, 0xBF) ? 2 : 0;
    }
    if (lead < 0xF0) {
      // E0 would be overlong below A0; ED encodes surrogates from A0.
      int low = lead == 0xE0 ? 0xA0 : 0x80;
      int high = lead == 0xED ? 0x9F : 0xBF;
      return continuation(bytes, i + 1, low, high) && continuation(bytes, i + 2, 0x80, 0xBF)
          ? 3
          : 0;
    }
    if (lead < 0xF5) {
      // F0 would be overlong below 90; F4 goes beyond U+10FFFF from 90.
      int low = lead == 0xF0 ? 0x90 : 0x80;
      int high = lead == 0xF4 ? 0x8F : 0xBF;
      return continuation(bytes, i + 1, low, high)
              && continuation(bytes, i + 2, 0x80, 0xBF)
              && continuation(bytes, i + 3, 0x80, 0xBF)
          ? 4
          : 0;
    }
    return 0;
  }

  private static boolean continuation(byte[] bytes, int i, int low, int high) {
    if (i >= bytes.length) {
      return false;
    }
    int b = bytes[i] & 0xFF;
    return b >= low && b <= high;
  }
}
