package io.github.fourfold.jackson;

import static io.github.fourfold.json.JsonErrorCode.INVALID_VALUE;
import static io.github.fourfold.json.JsonErrorCode.MALFORMED_JSON;
import static io.github.fourfold.json.JsonErrorCode.WRONG_TYPE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The format's reader is kept per thread and reused between reads: nothing of one read (its
 * error, the lead's id, its position in the document) may reach the next, also after a read that
 * ended in an exception halfway through a value.
 */
final class ReaderReuseTest extends ModuleTestBase {
  @Test
  void readLead_afterAnErrorWithAnId_nextErrorHasNoId() {
    assertThat(assertLeadError(json("{'id':'first','company':{'employees':-1}}"), INVALID_VALUE,
        "/company/employees").leadId()).isEqualTo("first");

    FourfoldJsonException second =
        assertLeadError(json("{'company':{'employees':'many'}}"), WRONG_TYPE, "/company/employees");

    assertThat(second.leadId()).isNull();
  }

  @Test
  void readLead_afterMalformedInputInsideAnObject_nextPointerStartsAtTheRoot() throws Exception {
    assertLeadError(json("{'id':'a','decisionProcess':{'stakeholders':[{'name':"), MALFORMED_JSON, null);

    assertLeadError(json("{'id':'b','company':{'employees':-1}}"), INVALID_VALUE, "/company/employees");
    assertThat(JSON.readLead(json("{'id':'c'}")).id()).isEqualTo("c");
  }

  @Test
  void readLead_afterAnError_nextValidLeadIsRead() throws Exception {
    assertLeadError(json("{'id':'a','company':{'employees':-1}}"), INVALID_VALUE, "/company/employees");

    assertThat(JSON.readLead(json("{'id':'b','company':{'employees':12}}")).company())
        .isNotNull();
  }

  @Test
  void readLead_manyThreadsEachReusingItsReader_giveEachLeadItsOwnResult() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          for (int i = 0; i < 500; i++) {
            String id = "L-" + thread + "-" + i;
            byte[] valid = json("{'id':'" + id + "','company':{'employees':" + i + "}}")
                .getBytes(StandardCharsets.UTF_8);
            if (!JSON.readLead(valid).id().equals(id)) {
              return false;
            }
            FourfoldJsonException e = leadError(json("{'id':'" + id + "','company':{'employees':-" + (i + 1) + "}}"));
            if (!id.equals(e.leadId()) || !"/company/employees".equals(e.pointer())) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
