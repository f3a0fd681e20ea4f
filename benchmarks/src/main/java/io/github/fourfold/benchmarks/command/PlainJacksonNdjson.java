package io.github.fourfold.benchmarks.command;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor of the {@code qualify} command benchmark: the least a plain Jackson 2 program does
 * with an NDJSON file of leads. It reads every non-blank line into a tree ({@code readTree}) and
 * writes a small object back, one line per input line: {@code {"leadId":"...","fields":N}}. No
 * validation, no model, no rule. Standard output is buffered as the {@code qualify} command buffers
 * it (64 KiB).
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.fourfold.benchmarks.command.PlainJacksonNdjson
 * FILE}.
 */
public final class PlainJacksonNdjson {
  private PlainJacksonNdjson() {}

  /**
   * Runs the program.
   *
   * @param args the NDJSON file
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: PlainJacksonNdjson FILE.ndjson");
      System.exit(2);
    }
    ObjectMapper mapper = new ObjectMapper();
    long count = 0;
    OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    try (BufferedReader in = new BufferedReader(
            new InputStreamReader(Files.newInputStream(Path.of(args[0])), StandardCharsets.UTF_8), 1 << 16);
        JsonGenerator out = mapper.getFactory().createGenerator(stdout, JsonEncoding.UTF8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode lead = mapper.readTree(line);
        out.writeStartObject();
        out.writeStringField("leadId", lead.path("id").asText());
        out.writeNumberField("fields", lead.size());
        out.writeEndObject();
        out.writeRaw('\n');
        count++;
      }
    }
    System.err.println(count + " leads");
    System.exit(0);
  }
}
