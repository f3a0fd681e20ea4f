package io.github.fourfold.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.json.FramedRecord;
import io.github.fourfold.json.Framing;
import io.github.fourfold.json.JsonReadError;
import io.github.fourfold.json.JsonReadOptions;
import io.github.fourfold.json.LeadReader;
import io.github.fourfold.json.LeadRecord;
import io.github.fourfold.json.ResultWriter;
import io.github.fourfold.model.Lead;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Streaming lead input and NDJSON result output, in the parity suite's style: every case runs on
 * both bindings, which must give the same records (lead or error, position, code, pointer,
 * message, id) and the same bytes; the expectations pin what those are.
 */
final class StreamingTest {
  private static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);
  private static final JsonReadOptions DEFAULTS = JsonReadOptions.ofDefaults();

  // ---------------------------------------------------------------- the two bindings

  /** Reads a stream of leads with one binding. */
  private interface Reading {
    LeadReader open(InputStream in, Framing framing, JsonReadOptions options);
  }

  /** Writes NDJSON with one binding. */
  private interface Writing {
    ResultWriter open(OutputStream out) throws IOException;
  }

  private static final Reading JACKSON2_READ =
      (in, framing, o) -> jackson2(o).readLeads(in, framing);
  private static final Reading JACKSON3_READ =
      (in, framing, o) -> io.github.fourfold.jackson3.FourfoldJson.of(o).readLeads(in, framing);
  private static final Writing JACKSON2_WRITE = out -> FourfoldJson.ofDefaults().resultWriter(out);
  private static final Writing JACKSON3_WRITE =
      out -> io.github.fourfold.jackson3.FourfoldJson.ofDefaults().resultWriter(out);

  private static FourfoldJson jackson2(JsonReadOptions o) {
    return FourfoldJson.builder()
        .strict(o.strict())
        .maxDocumentBytes(o.maxDocumentBytes())
        .maxNestingDepth(o.maxNestingDepth())
        .maxStringLength(o.maxStringLength())
        .maxNameLength(o.maxNameLength())
        .maxNumberLength(o.maxNumberLength())
        .build();
  }

  /** Every record of the input as text, the same from both bindings. */
  private static List<String> records(byte[] input, Framing framing, JsonReadOptions options)
      throws IOException {
    List<String> two = readAll(JACKSON2_READ, () -> new ByteArrayInputStream(input), framing, options);
    List<String> three =
        readAll(JACKSON3_READ, () -> new ByteArrayInputStream(input), framing, options);
    assertThat(three).as("Jackson 3 records").isEqualTo(two);
    return two;
  }

  private static List<String> records(String input, Framing framing) throws IOException {
    return records(input.getBytes(StandardCharsets.UTF_8), framing, DEFAULTS);
  }

  private static List<String> readAll(
      Reading binding, Supplier<InputStream> input, Framing framing, JsonReadOptions options)
      throws IOException {
    LeadReader reader = binding.open(input.get(), framing, options);
    List<String> out = new ArrayList<>();
    for (LeadRecord r = reader.read(); r != null; r = reader.read()) {
      out.add(describe(r));
      assertThat(out).as("records").hasSizeLessThan(1000);
    }
    assertThat(reader.read()).as("after the end").isNull();
    assertThat(framedThenRead(binding, input, framing, options))
        .as("records framed first, then read on another thread in reverse order")
        .isEqualTo(out);
    return out;
  }

  /**
   * Every record of the input through {@link LeadReader#frame()} (with every other call a plain
   * {@code read()}, as the two may be mixed), read afterwards on another thread and last record
   * first: what a record reads must not depend on the reader's state or thread.
   */
  private static List<String> framedThenRead(
      Reading binding, Supplier<InputStream> input, Framing framing, JsonReadOptions options)
      throws IOException {
    LeadReader reader = binding.open(input.get(), framing, options);
    List<FramedRecord> framed = new ArrayList<>();
    while (true) {
      FramedRecord next;
      if (framed.size() % 2 == 0) {
        next = reader.frame();
      } else {
        LeadRecord record = reader.read();
        next = record == null ? null : () -> record;
      }
      if (next == null) {
        break;
      }
      framed.add(next);
      assertThat(framed).as("framed records").hasSizeLessThan(1000);
    }
    assertThat(reader.frame()).as("after the end").isNull();
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      return other.submit(() -> {
        String[] described = new String[framed.size()];
        for (int i = framed.size() - 1; i >= 0; i--) {
          described[i] = describe(framed.get(i).read());
        }
        return List.of(described);
      }).get();
    } catch (InterruptedException | ExecutionException e) {
      throw new AssertionError(e);
    } finally {
      other.shutdownNow();
    }
  }

  private static String describe(LeadRecord r) {
    String where = (r.line() >= 0 ? "line " + r.line() : "") + (r.index() >= 0 ? "index " + r.index() : "");
    Lead lead = r.lead();
    if (lead != null) {
      return where + " lead " + lead.id();
    }
    JsonReadError e = r.error();
    assertThat(e).isNotNull();
    return where
        + " "
        + e.code()
        + " "
        + e.pointer()
        + " id="
        + e.leadId()
        + (r.endsInput() ? " ends" : "")
        + " | "
        + e.message();
  }

  private static String code(String record) {
    return record.substring(0, record.indexOf(" |"));
  }

  // ---------------------------------------------------------------- NDJSON framing

  @Test
  void ndjson_bomCrlfBlankAndWhitespaceLines_leadsWithPhysicalLines() throws IOException {
    String input = "\uFEFF{\"id\":\"a\"}\r\n\n  \t\r\n{\"id\":\"b\"}\n\r\n{\"id\":\"c\"}";
    assertThat(records(input, Framing.NDJSON))
        .containsExactly("line 1 lead a", "line 4 lead b", "line 6 lead c");
  }

  @Test
  void ndjson_byteOrderMarkNotAtTheStartOfTheInput_malformedForThatLine() throws IOException {
    List<String> later = records("{\"id\":\"a\"}\n\uFEFF{\"id\":\"b\"}\n{\"id\":\"c\"}\n", Framing.NDJSON);
    assertThat(later).hasSize(3);
    assertThat(code(later.get(1))).isEqualTo("line 2 MALFORMED_JSON null id=null");
    assertThat(later.get(2)).isEqualTo("line 3 lead c");
    List<String> doubled = records("\uFEFF\uFEFF{\"id\":\"a\"}\n", Framing.NDJSON);
    assertThat(doubled).hasSize(1);
    assertThat(code(doubled.get(0))).isEqualTo("line 1 MALFORMED_JSON null id=null");
  }

  @Test
  void ndjson_badLines_errorForThatLineOnly() throws IOException {
    byte[] input =
        concat(
            "{\"id\":\"a\"}\n{bad\n{\"id\":\"\u00e9\",\"x\":\"",
            new byte[] {(byte) 0xFF},
            "\"}\n{\"id\":\"d\",\"situation\":5}\n[1]\n{\"id\":\"f\"}");
    List<String> out = records(input, Framing.NDJSON, DEFAULTS);
    assertThat(out).hasSize(6);
    assertThat(out.get(0)).isEqualTo("line 1 lead a");
    assertThat(code(out.get(1))).isEqualTo("line 2 MALFORMED_JSON null id=null");
    assertThat(code(out.get(2))).startsWith("line 3 MALFORMED_JSON null");
    assertThat(code(out.get(3))).isEqualTo("line 4 WRONG_TYPE /situation id=d");
    assertThat(code(out.get(4))).isEqualTo("line 5 WRONG_TYPE  id=null");
    assertThat(out.get(5)).isEqualTo("line 6 lead f");
  }

  @Test
  void ndjson_lineAtTheLimitAndOneOver_readAndOneError() throws IOException {
    String lead = "{\"id\":\"a\"}";
    JsonReadOptions limit = JsonReadOptions.builder().maxDocumentBytes(lead.length()).build();
    // At N, also with CRLF (the line ending is not part of the line); at N+1 one error, and the
    // next line is read.
    String input = lead + "\r\n" + lead + " \n" + lead + "\n";
    List<String> out = records(input.getBytes(StandardCharsets.UTF_8), Framing.NDJSON, limit);
    assertThat(out).hasSize(3);
    assertThat(out.get(0)).isEqualTo("line 1 lead a");
    assertThat(out.get(1))
        .isEqualTo(
            "line 2 LIMIT_EXCEEDED null id=null | LIMIT_EXCEEDED: expected a document of at most 10"
                + " bytes");
    assertThat(out.get(2)).isEqualTo("line 3 lead a");
    // The same error as readLead gives for the same over-long document: one error for one condition.
    assertThatThrownBy(() -> jackson2(limit).readLead(lead + " "))
        .hasMessage(out.get(1).substring(out.get(1).indexOf("| ") + 2));
  }

  @Test
  void ndjson_hundredMegabyteLine_skippedWithoutBufferingIt() throws IOException {
    JsonReadOptions limit = JsonReadOptions.builder().maxDocumentBytes(1024).build();
    long size = 100L << 20;
    for (Reading binding : List.of(JACKSON2_READ, JACKSON3_READ)) {
      Supplier<InputStream> input =
          () ->
              new Generated(
                  "{\"id\":\"a\"}\n{\"id\":\"", size, 'x', "\"}\n" + " ".repeat(5000) + "\n{\"id\":\"c\"}\n");
      long before = allocatedBytes();
      List<String> out = readAll(binding, input, Framing.NDJSON, limit);
      long allocated = allocatedBytes() - before;
      assertThat(out).hasSize(3);
      assertThat(out.get(0)).isEqualTo("line 1 lead a");
      assertThat(code(out.get(1))).isEqualTo("line 2 LIMIT_EXCEEDED null id=null");
      assertThat(out.get(2)).isEqualTo("line 4 lead c");
      assertThat(allocated).as("bytes allocated while reading 100 MiB").isLessThan(8L << 20);
    }
  }

  // ---------------------------------------------------------------- JSON arrays

  @Test
  void array_badUtf8InsideAString_thatElementsErrorAndTheNextIsRead() throws IOException {
    byte[] input = concat("[{\"id\":\"", new byte[] {(byte) 0xFF}, "\"},{\"id\":\"ok\"}]");
    List<String> out = records(input, Framing.JSON, DEFAULTS);
    assertThat(out).hasSize(2);
    assertThat(code(out.get(0))).isEqualTo("index 0 MALFORMED_JSON null id=null");
    assertThat(out.get(1)).isEqualTo("index 1 lead ok");
  }

  @Test
  void array_overLongNumberAndName_thatElementsErrorWithPointerAndId() throws IOException {
    String number = "1".repeat(1025);
    String name = "n".repeat(50_000);
    String input =
        "[{\"id\":\"a\",\"situation\":{\"summary\":"
            + number
            + "}},{\"id\":\"ok1\"},\n{\"id\":\"b\",\""
            + name
            + "\":1},{\"id\":\"ok2\"}]";
    List<String> out = records(input, Framing.JSON);
    assertThat(out).hasSize(4);
    assertThat(code(out.get(0))).isEqualTo("index 0 LIMIT_EXCEEDED /situation/summary id=a");
    assertThat(out.get(1)).isEqualTo("index 1 lead ok1");
    // A name over the limit is the error of the object that holds it, as in readLead.
    assertThat(code(out.get(2))).isEqualTo("index 2 LIMIT_EXCEEDED  id=b");
    assertThat(out.get(3)).isEqualTo("index 3 lead ok2");
  }

  @Test
  void array_wrongTypesAndBracketsInStrings_elementErrorsAndLeads() throws IOException {
    String input = " [1, null ,\"x\",{\"id\":\"a]\\\"}{[\"},\n{\"id\":\"b\",\"situation\":[]}, {\"id\":\"c\"} ] \n";
    List<String> out = records(input, Framing.JSON);
    assertThat(out).hasSize(6);
    assertThat(code(out.get(0))).isEqualTo("index 0 WRONG_TYPE  id=null");
    assertThat(code(out.get(1))).isEqualTo("index 1 WRONG_TYPE  id=null");
    assertThat(code(out.get(2))).isEqualTo("index 2 WRONG_TYPE  id=null");
    assertThat(out.get(3)).isEqualTo("index 3 lead a]\"}{[");
    assertThat(code(out.get(4))).isEqualTo("index 4 WRONG_TYPE /situation id=b");
    assertThat(out.get(5)).isEqualTo("index 5 lead c");
    assertThat(records("[]", Framing.JSON)).isEmpty();
  }

  @Test
  void array_structureBreaks_oneErrorForThatIndexAndTheFileEnds() throws IOException {
    String a = "{\"id\":\"a\"}";
    for (String broken :
        List.of(
            "[" + a + " " + a + "," + a + "]",
            "[" + a + ",{\"id\":\"b\"]," + a + "]",
            "[" + a + ",",
            "[" + a + ",]",
            "[" + a,
            "[" + a + ",{\"id\":\"b}]",
            "[" + a + ",," + a + "]",
            "[" + a + ",{\"id\":\"b\"")) {
      List<String> out = records(broken, Framing.JSON);
      assertThat(out).as(broken).hasSize(2);
      assertThat(out.get(0)).isEqualTo("index 0 lead a");
      assertThat(code(out.get(1))).as(broken).isEqualTo("index 1 MALFORMED_JSON null id=null ends");
    }
  }

  @Test
  void json_trailingContentOrNoValue_oneMalformedError() throws IOException {
    List<String> trailing = records("[{\"id\":\"a\"}] x", Framing.JSON);
    assertThat(trailing).hasSize(2);
    assertThat(trailing.get(0)).isEqualTo("index 0 lead a");
    assertThat(code(trailing.get(1))).isEqualTo(" MALFORMED_JSON null id=null ends");
    assertThat(records("[]]", Framing.JSON)).hasSize(1);
    for (String empty : List.of("", " \r\n\t", "\uFEFF")) {
      List<String> out = records(empty, Framing.JSON);
      assertThat(out).hasSize(1);
      assertThat(code(out.get(0))).isEqualTo(" MALFORMED_JSON null id=null ends");
      assertThat(records(empty, Framing.NDJSON)).isEmpty();
    }
  }

  @Test
  void json_singleLead_readWithoutPosition() throws IOException {
    assertThat(records("\uFEFF {\"id\":\"a\"}\n", Framing.JSON)).containsExactly(" lead a");
    List<String> trailing = records("{\"id\":\"a\"} {}", Framing.JSON);
    assertThat(trailing).hasSize(1);
    assertThat(code(trailing.get(0))).isEqualTo(" MALFORMED_JSON null id=a");
    assertThat(code(records("\uFEFF\uFEFF{\"id\":\"a\"}", Framing.JSON).get(0)))
        .isEqualTo(" MALFORMED_JSON null id=null");
  }

  @Test
  void array_elementAtTheLimitAndOneOver_readAndOneErrorThenTheNext() throws IOException {
    String lead = "{\"id\":\"a\"}";
    String over = "{\"id\":\"ab\"}";
    JsonReadOptions limit = JsonReadOptions.builder().maxDocumentBytes(lead.length()).build();
    String input = "[" + lead + "," + over + "," + lead + "]";
    List<String> out = records(input.getBytes(StandardCharsets.UTF_8), Framing.JSON, limit);
    assertThat(out).hasSize(3);
    assertThat(out.get(0)).isEqualTo("index 0 lead a");
    assertThat(code(out.get(1))).isEqualTo("index 1 LIMIT_EXCEEDED null id=null");
    assertThat(out.get(2)).isEqualTo("index 2 lead a");
  }

  @Test
  void array_hundredMegabyteElement_skippedWithoutBufferingIt() throws IOException {
    JsonReadOptions limit = JsonReadOptions.builder().maxDocumentBytes(1024).build();
    for (Reading binding : List.of(JACKSON2_READ, JACKSON3_READ)) {
      Supplier<InputStream> input =
          () -> new Generated("[{\"id\":\"a\"},{\"x\":[\"", 100L << 20, '{', "\"]},{\"id\":\"c\"}]");
      long before = allocatedBytes();
      List<String> out = readAll(binding, input, Framing.JSON, limit);
      long allocated = allocatedBytes() - before;
      assertThat(out).hasSize(3);
      assertThat(code(out.get(1))).isEqualTo("index 1 LIMIT_EXCEEDED null id=null");
      assertThat(out.get(2)).isEqualTo("index 2 lead c");
      assertThat(allocated).as("bytes allocated while reading 100 MiB").isLessThan(8L << 20);
    }
  }

  // ---------------------------------------------------------------- writing

  @Test
  void resultWriter_resultsAndErrorLines_sameBytesFromBothBindings() throws IOException {
    byte[] input =
        "{\"id\":\"a\"}\n{\"id\":\"b\",\"situation\":5}\n".getBytes(StandardCharsets.UTF_8);
    List<String> written = new ArrayList<>();
    for (Writing binding : List.of(JACKSON2_WRITE, JACKSON3_WRITE)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      LeadReader leads = FourfoldJson.ofDefaults().readLeads(new ByteArrayInputStream(input), Framing.NDJSON);
      try (ResultWriter writer = binding.open(out)) {
        for (LeadRecord r = leads.read(); r != null; r = leads.read()) {
          Lead lead = r.lead();
          if (lead == null) {
            writer.writeError(r, "leads.ndjson");
          } else {
            writer.writeResult(Qualifier.fourQuestion().qualify(lead, AS_OF));
            writer.writeFailure(r, null, "QUALIFIER_FAILED", "Qualifier 'x' failed");
          }
        }
      }
      written.add(out.toString(StandardCharsets.UTF_8));
    }
    assertThat(written.get(1)).isEqualTo(written.get(0));
    String result =
        FourfoldJson.ofDefaults()
            .writeResult(
                Qualifier.fourQuestion()
                    .qualify(FourfoldJson.ofDefaults().readLead("{\"id\":\"a\"}"), AS_OF));
    assertThat(written.get(0))
        .isEqualTo(
            result
                + "\n{\"error\":{\"line\":1,\"id\":\"a\",\"code\":\"QUALIFIER_FAILED\",\"message\":\"Qualifier 'x' failed\"}}\n"
                + "{\"error\":{\"file\":\"leads.ndjson\",\"line\":2,\"id\":\"b\",\"code\":\"WRONG_TYPE\","
                + "\"pointer\":\"/situation\",\"message\":\"WRONG_TYPE at \\\"/situation\\\": expected an object\"}}\n");
  }

  @Test
  void resultWriter_streamFails_ioExceptionNotSwallowed() throws IOException {
    QualificationResult result =
        Qualifier.fourQuestion().qualify(FourfoldJson.ofDefaults().readLead("{\"id\":\"a\"}"), AS_OF);
    for (Writing binding : List.of(JACKSON2_WRITE, JACKSON3_WRITE)) {
      OutputStream full =
          new OutputStream() {
            @Override
            public void write(int b) throws IOException {
              throw new IOException("No space left on device");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              throw new IOException("No space left on device");
            }
          };
      assertThatThrownBy(
              () -> {
                ResultWriter writer = binding.open(full);
                writer.writeResult(result);
                writer.flush();
              })
          .isInstanceOf(IOException.class)
          .hasMessage("No space left on device");
      assertThatThrownBy(
              () -> {
                try (ResultWriter writer = binding.open(full)) {
                  writer.writeResult(result);
                }
              })
          .isInstanceOf(IOException.class);
      // Once the generator's buffer is full, from writeResult itself.
      assertThatThrownBy(
              () -> {
                ResultWriter writer = binding.open(full);
                for (int i = 0; i < 100_000; i++) {
                  writer.writeResult(result);
                }
              })
          .isInstanceOf(IOException.class)
          .hasMessage("No space left on device");
    }
  }

  @Test
  void resultWriter_unwritableResult_refusedWithoutAPartialLine() throws IOException {
    QualificationResult good =
        Qualifier.fourQuestion().qualify(FourfoldJson.ofDefaults().readLead("{\"id\":\"a\"}"), AS_OF);
    QualificationResult bad =
        Qualifier.fourQuestion().qualify(Lead.builder().id("a\uD800").build(), AS_OF);
    for (Writing binding : List.of(JACKSON2_WRITE, JACKSON3_WRITE)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ResultWriter writer = binding.open(out)) {
        assertThatThrownBy(() -> writer.writeResult(bad))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("unpaired surrogate");
        writer.writeResult(good);
      }
      assertThat(out.toString(StandardCharsets.UTF_8))
          .isEqualTo(FourfoldJson.ofDefaults().writeResult(good) + "\n");
    }
  }

  // ---------------------------------------------------------------- helpers

  private static byte[] concat(String before, byte[] middle, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(middle);
    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }

  /** A prefix, {@code count} copies of one byte, and a suffix, made as they are read. */
  private static final class Generated extends InputStream {
    private final byte[] prefix;
    private final byte[] suffix;
    private final long count;
    private final byte fill;
    private long at;

    Generated(String prefix, long count, char fill, String suffix) {
      this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
      this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
      this.count = count;
      this.fill = (byte) fill;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      long total = prefix.length + count + suffix.length;
      if (at >= total) {
        return -1;
      }
      int n = (int) Math.min(len, total - at);
      for (int i = 0; i < n; i++) {
        long p = at + i;
        b[off + i] =
            p < prefix.length
                ? prefix[(int) p]
                : p < prefix.length + count ? fill : suffix[(int) (p - prefix.length - count)];
      }
      at += n;
      return n;
    }
  }
}
