package io.github.fourfold.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.json.internal.Utf8;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The strict UTF-8 check of byte input agrees with the JDK's strict decoder on whether bytes are
 * UTF-8 and, when not, on the offset of the first bad sequence; and it finds every backslash.
 */
final class Utf8CheckTest {
  /** Bytes around the edges of the well-formed ranges, and ASCII. */
  private static final int[] EDGES = {
    0x00, 0x22, 0x5C, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
    0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFE, 0xFF
  };

  /** The JDK decoder's offset of the first malformed sequence, else whether there is a backslash. */
  private static int jdk(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length), true);
    if (result.isError()) {
      return in.position();
    }
    for (byte b : bytes) {
      if (b == '\\') {
        return Utf8.WELL_FORMED_WITH_BACKSLASH;
      }
    }
    return Utf8.WELL_FORMED;
  }

  @Test
  void check_randomBytes_agreesWithTheJdkDecoder() {
    SplittableRandom random = new SplittableRandom(20270301L);
    for (int n = 0; n < 200_000; n++) {
      byte[] bytes = new byte[random.nextInt(24)];
      // Mostly ASCII with a few edge bytes, so that well-formed sequences and long ASCII runs
      // (the eight-byte steps) both occur.
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) (random.nextInt(4) == 0
            ? EDGES[random.nextInt(EDGES.length)]
            : 0x20 + random.nextInt(0x5F));
      }
      assertThat(Utf8.check(bytes)).as(Arrays.toString(bytes)).isEqualTo(jdk(bytes));
    }
  }

  @Test
  void check_everyCodePoint_isWellFormedAndEverySurrogateIsNot() {
    StringBuilder all = new StringBuilder();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.getType(cp) != Character.SURROGATE) {
        all.appendCodePoint(cp);
      }
    }
    assertThat(Utf8.check(all.toString().getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(Utf8.WELL_FORMED_WITH_BACKSLASH);
    for (int cp = 0xD800; cp <= 0xDFFF; cp++) {
      byte[] encoded = {
        (byte) (0xE0 | cp >> 12), (byte) (0x80 | (cp >> 6 & 0x3F)), (byte) (0x80 | (cp & 0x3F))
      };
      assertThat(Utf8.check(encoded)).isZero();
    }
  }

  @Test
  void check_backslashAnywhereInLongAsciiRuns_isFound() {
    for (int at = 0; at < 40; at++) {
      byte[] bytes = new byte[40];
      // Every byte that differs from a backslash in one bit, around it.
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) ('\\' ^ (1 << (i % 7)));
      }
      assertThat(Utf8.check(bytes)).isEqualTo(Utf8.WELL_FORMED);
      bytes[at] = '\\';
      assertThat(Utf8.check(bytes)).isEqualTo(Utf8.WELL_FORMED_WITH_BACKSLASH);
    }
  }

  @Test
  void check_badByteAfterLongAsciiRuns_isFoundAtItsOffset() {
    for (int at = 0; at < 40; at++) {
      byte[] bytes = new byte[48];
      Arrays.fill(bytes, (byte) 'a');
      bytes[at] = (byte) 0x80;
      assertThat(Utf8.check(bytes)).isEqualTo(at);
    }
  }
}
