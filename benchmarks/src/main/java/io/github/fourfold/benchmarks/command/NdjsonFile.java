package io.github.fourfold.benchmarks.command;

import io.github.fourfold.benchmarks.data.Dataset;
import io.github.fourfold.benchmarks.data.LeadGenerator;
import io.github.fourfold.jackson.FourfoldJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The NDJSON file of the command-line benchmarks: the first {@code n} leads of the seeded sequence
 * ({@link Dataset#SEED}, the same leads as every other benchmark, the first 10,000 of them exactly
 * the JSON benchmarks' documents), one compact {@link FourfoldJson#writeLead} document per line.
 */
public final class NdjsonFile {
  private NdjsonFile() {}

  /**
   * The file of {@code n} leads in {@code dir}, made when it is not there yet.
   *
   * @param dir where to keep it (e.g. {@code benchmarks/target})
   * @param n how many leads
   * @return the file {@code leads-N.ndjson}
   * @throws IOException when it cannot be written
   */
  public static Path of(Path dir, int n) throws IOException {
    Path file = dir.resolve("leads-" + n + ".ndjson");
    if (Files.exists(file)) {
      return file;
    }
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "leads-" + n, ".tmp");
    FourfoldJson json = FourfoldJson.ofDefaults();
    LeadGenerator generator = new LeadGenerator(Dataset.SEED, Dataset.AS_OF);
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), 1 << 16)) {
      for (int i = 0; i < n; i++) {
        String doc = json.writeLead(generator.lead());
        if (doc.indexOf('\n') >= 0) {
          throw new IllegalStateException("a lead document spans lines");
        }
        out.write(doc);
        out.write('\n');
      }
    }
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return file;
  }

  /**
   * Makes the file from the command line.
   *
   * @param args the directory and the number of leads
   * @throws IOException when it cannot be written
   */
  public static void main(String[] args) throws IOException {
    System.out.println(of(Path.of(args[0]), Integer.parseInt(args[1])));
  }
}
