package io.github.fourfold.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.model.Lead;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Golden files pin the wire format: each spec example reads to the Java-built lead, and the
 * Java-built lead and result write to the exact bytes of {@code golden/}.
 *
 * <p>A golden file holds the writer's one line of output followed by one line feed.
 */
final class GoldenFilesTest extends ModuleTestBase {

  @ParameterizedTest
  @FieldSource("EXAMPLES")
  void readLead_specExample_equalsJavaBuiltLead(String name) throws Exception {
    Lead read = JSON.readLead(resourceBytes("examples/" + name + ".json"));

    assertThat(read).isEqualTo(Examples.lead(name));
  }

  @ParameterizedTest
  @FieldSource("EXAMPLES")
  void readLead_specExampleStrict_hasNoUnknownProperties(String name) throws Exception {
    assertThat(STRICT.readLead(resourceBytes("examples/" + name + ".json")))
        .isEqualTo(Examples.lead(name));
  }

  @ParameterizedTest
  @FieldSource("EXAMPLES")
  void writeLead_javaBuiltLead_writesGoldenBytes(String name) throws Exception {
    byte[] golden = resourceBytes("golden/lead/" + name + ".json");

    assertThat(line(JSON.writeLead(Examples.lead(name)))).isEqualTo(golden);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writeLead(Examples.lead(name), out);
    out.write('\n');
    assertThat(out.toByteArray()).isEqualTo(golden);
  }

  @ParameterizedTest
  @FieldSource("EXAMPLES")
  void readLead_goldenFile_equalsJavaBuiltLead(String name) throws Exception {
    assertThat(STRICT.readLead(resourceBytes("golden/lead/" + name + ".json")))
        .isEqualTo(Examples.lead(name));
  }

  @ParameterizedTest
  @FieldSource("EXAMPLES")
  void writeResult_javaBuiltResult_writesGoldenBytes(String name) throws Exception {
    byte[] golden = resourceBytes("golden/result/" + name + ".json");

    assertThat(line(JSON.writeResult(Examples.result(name)))).isEqualTo(golden);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writeResult(Examples.result(name), out);
    out.write('\n');
    assertThat(out.toByteArray()).isEqualTo(golden);
  }

  @ParameterizedTest
  @FieldSource("EXAMPLES")
  void readResult_goldenFile_equalsJavaBuiltResult(String name) throws Exception {
    QualificationResult read = STRICT.readResult(resourceBytes("golden/result/" + name + ".json"));

    assertThat(read).isEqualTo(Examples.result(name));
  }

  @ParameterizedTest
  @FieldSource("EXAMPLES")
  void mapper_goldenFiles_sameAsFourfoldJson(String name) throws Exception {
    String golden = resource("golden/lead/" + name + ".json").strip();

    assertThat(mapperWithModule().readValue(golden, Lead.class)).isEqualTo(Examples.lead(name));
    assertThat(mapperWithModule().writeValueAsString(Examples.lead(name))).isEqualTo(golden);
    assertThat(JSON.mapper().writeValueAsString(Examples.result(name)))
        .isEqualTo(resource("golden/result/" + name + ".json").strip());
  }

  private static byte[] line(String json) {
    return (json + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
