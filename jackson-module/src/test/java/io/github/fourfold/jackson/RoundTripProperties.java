package io.github.fourfold.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.model.Lead;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Round-trip properties over many seeded random leads and results: what the writer writes, the
 * strict reader reads back equal, the caller's mapper too, and writing again gives the same bytes.
 *
 * <p>Seeds are {@code fourfold.seed} (a system property, default 20270301) plus the case number;
 * a failure names its seed, so {@code -Dfourfold.seed=N -Dfourfold.cases=1} replays it.
 */
final class RoundTripProperties extends ModuleTestBase {
  private static final long SEED = Long.getLong("fourfold.seed", 20270301L);
  private static final int CASES = Integer.getInteger("fourfold.cases", 2000);

  @Test
  void writeThenRead_randomLeads_giveEqualLeadsAndTheSameBytes() throws Exception {
    for (int i = 0; i < CASES; i++) {
      long seed = SEED + i;
      Lead lead = new RandomModel(seed).lead();
      String json = JSON.writeLead(lead);
      String context = "seed " + seed + " wrote " + json;

      assertThat(STRICT.readLead(json)).as(context).isEqualTo(lead);
      assertThat(JSON.readLead(json.getBytes(StandardCharsets.UTF_8))).as(context).isEqualTo(lead);
      assertThat(mapperWithModule().readValue(json, Lead.class)).as(context).isEqualTo(lead);
      assertThat(JSON.writeLead(STRICT.readLead(json))).as(context).isEqualTo(json);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      JSON.writeLead(lead, out);
      assertThat(out.toString(StandardCharsets.UTF_8)).as(context).isEqualTo(json);
    }
  }

  @Test
  void writeThenRead_randomResults_giveEqualResultsAndTheSameBytes() throws Exception {
    for (int i = 0; i < CASES; i++) {
      long seed = SEED + i;
      QualificationResult result = new RandomModel(seed).result();
      String json = JSON.writeResult(result);
      String context = "seed " + seed + " wrote " + json;

      assertThat(STRICT.readResult(json)).as(context).isEqualTo(result);
      assertThat(mapperWithModule().readValue(json, QualificationResult.class))
          .as(context)
          .isEqualTo(result);
      assertThat(JSON.writeResult(STRICT.readResult(json))).as(context).isEqualTo(json);
    }
  }

  @Test
  void randomModel_sameSeed_sameValue() {
    assertThat(new RandomModel(42).lead()).isEqualTo(new RandomModel(42).lead());
    assertThat(new RandomModel(42).result()).isEqualTo(new RandomModel(42).result());
  }
}
