package io.github.fourfold.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.Verdict;
import io.github.fourfold.json.Framing;
import io.github.fourfold.json.LeadReader;
import io.github.fourfold.json.LeadRecord;
import io.github.fourfold.json.ResultWriter;
import io.github.fourfold.model.Lead;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code of the module's README, compiled and run, so that the README cannot go stale. */
final class ReadmeExampleTest extends ModuleTestBase {

  @Test
  void readme_readAndQualify(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("conveyor-belt.json");
    Files.write(file, resourceBytes("examples/conveyor-belt.json"));

    // README: reading a lead and qualifying it
    FourfoldJson json = FourfoldJson.ofDefaults();
    Lead lead;
    try {
      lead = json.readLead(Files.readAllBytes(file));
    } catch (FourfoldJsonException e) {
      // e.code() is MALFORMED_JSON, WRONG_TYPE, ...; e.pointer() is e.g. "/problems/0/statement"
      System.err.println(e.getMessage());
      throw e;
    }
    QualificationResult result = Qualifier.fourQuestion().qualify(lead, LocalDate.of(2027, 3, 1));
    String out = json.writeResult(result);
    // README end

    assertThat(result.verdict()).isEqualTo(Verdict.SQL);
    assertThat(out).startsWith("{\"leadId\":\"conveyor-belt-foodco\",\"verdict\":\"SQL\"");
  }

  @Test
  void readme_manyLeads() throws Exception {
    java.io.InputStream in =
        new java.io.ByteArrayInputStream(
            "{\"id\":\"L-1\"}\n{\"id\":5}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    java.io.ByteArrayOutputStream stdout = new java.io.ByteArrayOutputStream();
    java.io.PrintStream system = new java.io.PrintStream(stdout, true, "UTF-8");
    // README: many leads
    FourfoldJson json = FourfoldJson.ofDefaults();
    try (ResultWriter out = json.resultWriter(system)) {
      LeadReader leads = json.readLeads(in, Framing.NDJSON);   // or Framing.JSON for an array
      for (LeadRecord r = leads.read(); r != null; r = leads.read()) {
        Lead lead = r.lead();
        if (lead == null) {
          out.writeError(r, "leads.ndjson");       // {"error":{"file":…,"line":…,"code":…,…}}
        } else {
          out.writeResult(Qualifier.fourQuestion().qualify(lead, LocalDate.of(2027, 3, 1)));
        }
      }
    }
    // README end

    String[] lines = stdout.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).startsWith("{\"leadId\":\"L-1\"");
    assertThat(lines[1])
        .startsWith("{\"error\":{\"file\":\"leads.ndjson\",\"line\":2,\"code\":\"WRONG_TYPE\"");
  }

  @Test
  void readme_ownMapper() throws Exception {
    // README: your own ObjectMapper
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules(); // finds FourfoldModule
    Lead lead = mapper.readValue("{\"id\":\"L-1\"}", Lead.class);
    String out = mapper.writeValueAsString(lead);
    // README end

    assertThat(out).isEqualTo("{\"id\":\"L-1\"}");
  }

  @Test
  void readme_strictAndLimits() throws Exception {
    // README: strict mode and limits
    FourfoldJson strict = FourfoldJson.builder()
        .strict(true)                 // unknown properties are UNKNOWN_PROPERTY
        .maxDocumentBytes(64 * 1024)  // default 1 MiB
        .build();
    ObjectMapper mapper = new ObjectMapper().registerModule(strict.module());
    // README end

    assertThat(strict.readLead("{\"id\":\"L-1\"}").id()).isEqualTo("L-1");
    assertThat(mapper.readValue("{\"id\":\"L-1\"}", Lead.class).id()).isEqualTo("L-1");
  }
}
