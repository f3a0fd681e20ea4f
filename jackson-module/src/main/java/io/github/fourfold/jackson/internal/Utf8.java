package io.github.fourfold.jackson.internal;

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

  /**
   * The offset of the first byte of the first sequence that is not well-formed UTF-8 (Unicode's
   * table 3-7), where {@link java.nio.charset.CharsetDecoder} stops; -1 when all bytes are
   * well-formed.
   *
   * @param bytes the input
   * @return the offset, or -1
   */
  public static int firstMalformed(byte[] bytes) {
    int n = bytes.length;
    int i = 0;
    while (i < n) {
      // Documents are mostly ASCII: eight bytes at a time until one has its high bit set.
      while (i <= n - 8 && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
        i += 8;
      }
      if (i >= n) {
        break;
      }
      if (bytes[i] >= 0) {
        i++;
        continue;
      }
      int length = sequenceLength(bytes, i);
      if (length == 0) {
        return i;
      }
      i += length;
    }
    return -1;
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
