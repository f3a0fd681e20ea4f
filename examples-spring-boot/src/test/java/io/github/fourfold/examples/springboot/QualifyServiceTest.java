package io.github.fourfold.examples.springboot;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.Qualifier;
import io.github.fourfold.jackson3.FourfoldJson;
import io.github.fourfold.model.Lead;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service over real HTTP on a random port, with Spring Boot's own Jackson 3 set-up. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // A smaller stream limit than the default, so that going over it takes 1.5 MiB, not 64.
    properties = "fourfold.max-ndjson-bytes=" + QualifyServiceTest.NDJSON_LIMIT)
final class QualifyServiceTest {
  static final int NDJSON_LIMIT = 1536 * 1024;
  private static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);
  private static final FourfoldJson JSON = FourfoldJson.ofDefaults();
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @LocalServerPort private int port;

  @Autowired private JsonMapper bootMapper;

  private static byte[] conveyorBelt() throws IOException {
    return Files.readAllBytes(Path.of("..", "examples", "leads", "conveyor-belt.json"));
  }

  /** The example lead on one line, as NDJSON carries it. */
  private static String conveyorBeltLine(String id) throws IOException {
    Lead lead = JSON.readLead(conveyorBelt());
    return JSON.writeLead(Lead.builder().from(lead).id(id).build());
  }

  private static String expectedResult(String leadJson) {
    return JSON.writeResult(Qualifier.fourQuestion().qualify(JSON.readLead(leadJson), AS_OF));
  }

  private HttpResponse<String> post(String type, BodyPublisher body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/qualify?asOf=" + AS_OF))
            .header("Content-Type", type)
            .POST(body)
            .build();
    return client.send(request, BodyHandlers.ofString(UTF_8));
  }

  private static JsonNode problem(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    return PLAIN.readTree(response.body());
  }

  @Test
  void bootsMapper_findsTheModuleByItself() throws Exception {
    // Nothing in the application registers the module: Boot's mapper reads the format's lead.
    assertThat(bootMapper.readValue(conveyorBelt(), Lead.class)).isEqualTo(JSON.readLead(conveyorBelt()));
  }

  @Test
  void lead_answersWithTheResultInTheFormatsBytes() throws Exception {
    HttpResponse<String> response = post("application/json", BodyPublishers.ofByteArray(conveyorBelt()));

    assertThat(response.statusCode()).isEqualTo(200);
    // Byte for byte what the format writes: Jackson 3's alphabetical default would differ.
    assertThat(response.body()).isEqualTo(expectedResult(new String(conveyorBelt(), UTF_8)));
    assertThat(response.body()).startsWith("{\"leadId\":\"conveyor-belt-foodco\",\"verdict\":\"SQL\"");
  }

  @Test
  void invalidLead_isProblemDetailWithCodePointerAndId() throws Exception {
    String lead = "{\"id\":\"L-7\",\"triggers\":[{\"kind\":\"DEADLINE\",\"date\":\"2027-02-30\"}]}";

    HttpResponse<String> response = post("application/json", BodyPublishers.ofString(lead));

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = problem(response);
    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(problem.path("code").asString()).isEqualTo("INVALID_VALUE");
    assertThat(problem.path("pointer").asString()).isEqualTo("/triggers/0/date");
    assertThat(problem.path("leadId").asString()).isEqualTo("L-7");
    assertThat(problem.path("detail").asString()).doesNotContain("2027-02-30");
  }

  @Test
  void malformedJson_isProblemDetailWithoutPointer() throws Exception {
    HttpResponse<String> response = post("application/json", BodyPublishers.ofString("{\"id\":\"x\",}"));

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = problem(response);
    assertThat(problem.path("code").asString()).isEqualTo("MALFORMED_JSON");
    assertThat(problem.has("pointer")).isFalse();
  }

  @Test
  void leadOverTheLimit_is413() throws Exception {
    byte[] body = new byte[1024 * 1024 + 1];
    Arrays.fill(body, (byte) ' ');
    body[0] = '{';
    body[body.length - 1] = '}';

    HttpResponse<String> response = post("application/json", BodyPublishers.ofByteArray(body));

    assertThat(response.statusCode()).isEqualTo(413);
    JsonNode problem = problem(response);
    assertThat(problem.path("code").asString()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(problem.path("limit").asLong()).isEqualTo(1024 * 1024);
  }

  @Test
  void leadAtTheLimit_isRead() throws Exception {
    String lead = new String(conveyorBelt(), UTF_8);
    byte[] body = (lead + " ".repeat(1024 * 1024 - lead.getBytes(UTF_8).length)).getBytes(UTF_8);

    HttpResponse<String> response = post("application/json", BodyPublishers.ofByteArray(body));

    assertThat(body).hasSize(1024 * 1024);
    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void ndjson_aBadLineInTheMiddleGetsAnErrorLineAndTheRestGoOn() throws Exception {
    String first = conveyorBeltLine("first");
    String third = conveyorBeltLine("third");
    String body =
        "\uFEFF" + first + "\r\n" + "{\"id\":\"bad\",\"problems\":[{\"statement\":\"\"}]}\n\n  \n" + third;

    HttpResponse<String> response = post("application/x-ndjson", BodyPublishers.ofString(body));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-ndjson");
    List<String> lines = response.body().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo(expectedResult(first));
    JsonNode error = PLAIN.readTree(lines.get(1)).path("error");
    assertThat(error.path("line").asInt()).isEqualTo(2);
    assertThat(error.path("id").asString()).isEqualTo("bad");
    assertThat(error.path("code").asString()).isEqualTo("INVALID_VALUE");
    assertThat(error.path("pointer").asString()).isEqualTo("/problems/0/statement");
    assertThat(lines.get(2)).isEqualTo(expectedResult(third));
  }

  @Test
  void ndjson_anOverLongLineIsSkippedAndReported() throws Exception {
    String tooLong = "{\"id\":\"" + "x".repeat(1024 * 1024) + "\"}";
    String body = tooLong + "\n" + conveyorBeltLine("after") + "\n";

    HttpResponse<String> response = post("application/x-ndjson", BodyPublishers.ofString(body));

    List<String> lines = response.body().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode error = PLAIN.readTree(lines.get(0)).path("error");
    assertThat(error.path("line").asInt()).isEqualTo(1);
    assertThat(error.path("code").asString()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(lines.get(1)).startsWith("{\"leadId\":\"after\"");
  }

  @Test
  void ndjson_aStreamOverItsLimitEndsWithOneErrorLine() throws Exception {
    String line = conveyorBeltLine("many") + "\n";
    int size = line.getBytes(UTF_8).length;
    byte[] body = line.repeat(NDJSON_LIMIT / size + 50).getBytes(UTF_8);
    // Sent in chunks, without a length, so the limit is met while reading.
    BodyPublisher chunked = BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));

    HttpResponse<String> response = post("application/x-ndjson", chunked);

    List<String> lines = response.body().lines().toList();
    int answered = NDJSON_LIMIT / size;
    assertThat(lines).hasSize(answered + 1);
    assertThat(lines.subList(0, answered)).allSatisfy(l -> assertThat(l).startsWith("{\"leadId\":\"many\""));
    JsonNode error = PLAIN.readTree(lines.get(answered)).path("error");
    assertThat(error.path("code").asString()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(error.path("line").asInt()).isEqualTo(answered + 1);
  }

  @Test
  void ndjson_aDeclaredLengthOverTheLimitIs413BeforeAnyAnswer() throws Exception {
    String line = conveyorBeltLine("many") + "\n";
    byte[] body = line.repeat(NDJSON_LIMIT / line.getBytes(UTF_8).length + 50).getBytes(UTF_8);

    HttpResponse<String> response = post("application/x-ndjson", BodyPublishers.ofByteArray(body));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(problem(response).path("code").asString()).isEqualTo("LIMIT_EXCEEDED");
  }
}
