package io.github.fourfold.examples.qualify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fourfold.examples.budget.BudgetKnownJar;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code examples/target/qualify.jar} as a process, as a user would, and checks what it prints. */
final class QualifyJarIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path JAR = Path.of(System.getProperty("qualify.jar", "target/qualify.jar"));
  private static final Path EXAMPLES = Path.of(System.getProperty("examples.dir", "."));

  @TempDir Path dir;

  record Run(int status, String out, String err) {
    List<JsonNode> lines() throws IOException {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : out.split("\n", -1)) {
        if (!line.isEmpty()) {
          nodes.add(JSON.readTree(line));
        }
      }
      return nodes;
    }
  }

  static Run run(byte[] stdin, List<String> jvmArgs, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArgs);
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(EXAMPLES.toFile()).start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(stdin);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread errReader = new Thread(() -> copy(process.getErrorStream(), err));
    errReader.start();
    copy(process.getInputStream(), out);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("qualify finished").isTrue();
    errReader.join();
    return new Run(process.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) throws Exception {
    return run(new byte[0], List.of(), args);
  }

  /** Runs a bash script with {@code $JAVA} and {@code $JAR} set; standard output and error as text. */
  static Run bash(String script) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).directory(EXAMPLES.toFile());
    builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    builder.environment().put("JAR", JAR.toAbsolutePath().toString());
    Process process = builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread errReader = new Thread(() -> copy(process.getErrorStream(), err));
    errReader.start();
    Thread outReader = new Thread(() -> copy(process.getInputStream(), out));
    outReader.start();
    boolean finished = process.waitFor(2, TimeUnit.MINUTES);
    if (!finished) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    assertThat(finished).as("finished: %s", script).isTrue();
    errReader.join();
    outReader.join();
    return new Run(process.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) {
    try (in) {
      in.transferTo(out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return file;
  }

  @Test
  void specExamples_giveTheDocumentedVerdicts() throws Exception {
    Run run = run("--as-of", "2027-03-01", "leads/conveyor-belt.json", "leads/just-looking.json",
        "leads/three-years-looking.json", "leads/wrong-fit.json", "leads/contract-ends-2029.json");
    assertThat(run.status()).as(run.err()).isZero();
    List<JsonNode> lines = run.lines();
    assertThat(lines).extracting(n -> n.get("leadId").asText() + " " + n.get("verdict").asText()).containsExactly(
        "conveyor-belt-foodco SQL", "just-looking NOT_YET", "three-years-looking NOT_YET",
        "wrong-fit DISQUALIFIED", "contract-ends-2029 NOT_YET");
    assertThat(lines.get(4).get("revisitOn").asText()).isEqualTo("2028-01-31");
    assertThat(lines.get(1).get("warnings").get(0).get("code").asText()).isEqualTo("DEMO_BEFORE_QUALIFIED");
    assertThat(lines.get(2).get("criteria").get(2).get("reason").asText()).isEqualTo("URGENCY_UNSUPPORTED");
    assertThat(lines.get(0).get("qualifier").asText()).isEqualTo("four-question/1");
    assertThat(run.err()).contains("5 leads: 1 SQL, 3 NOT_YET, 1 DISQUALIFIED, 0 errors").contains("leads/s");
  }

  @Test
  void brokenNdjsonLines_becomeErrorLinesAndTheRestGoOn() throws Exception {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write("{\"id\":\"ok-1\"}\r\n".getBytes(StandardCharsets.UTF_8));
    file.write("\n   \t\n".getBytes(StandardCharsets.UTF_8));
    file.write("{\"id\":\"L-4\",\"triggers\":[{\"kind\":\"EVENT\",\"description\":\"x\",\"date\":\"2027-02-30\"}]}\n"
        .getBytes(StandardCharsets.UTF_8));
    file.write("{\"id\": \"L-5\", \n".getBytes(StandardCharsets.UTF_8));
    file.write(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
    file.write("[1]\n".getBytes(StandardCharsets.UTF_8));
    file.write("{\"id\":\"ok-8\"} {}\n".getBytes(StandardCharsets.UTF_8));
    file.write("{\"id\":\"ok-9\",\"demoRequested\":true}".getBytes(StandardCharsets.UTF_8));
    Path leads = write("leads.ndjson", file.toByteArray());
    Run run = run("--as-of=2027-03-01", leads.toString());
    assertThat(run.status()).isEqualTo(1);
    List<JsonNode> lines = run.lines();
    assertThat(lines).hasSize(7);
    assertThat(lines.get(0).get("leadId").asText()).isEqualTo("ok-1");
    JsonNode badDate = lines.get(1).get("error");
    assertThat(badDate.get("line").asInt()).isEqualTo(4);
    assertThat(badDate.get("id").asText()).isEqualTo("L-4");
    assertThat(badDate.get("code").asText()).isEqualTo("INVALID_VALUE");
    assertThat(badDate.get("pointer").asText()).isEqualTo("/triggers/0/date");
    assertThat(badDate.get("file").asText()).isEqualTo(leads.toString());
    assertThat(lines.get(2).get("error").get("line").asInt()).isEqualTo(5);
    assertThat(lines.get(2).get("error").get("code").asText()).isEqualTo("MALFORMED_JSON");
    assertThat(lines.get(2).get("error").has("pointer")).isFalse();
    assertThat(lines.get(3).get("error").get("code").asText()).isEqualTo("MALFORMED_JSON");
    assertThat(lines.get(3).get("error").get("line").asInt()).isEqualTo(6);
    assertThat(lines.get(4).get("error").get("code").asText()).isEqualTo("WRONG_TYPE");
    assertThat(lines.get(4).get("error").get("pointer").asText()).isEmpty();
    assertThat(lines.get(5).get("error").get("code").asText()).isEqualTo("MALFORMED_JSON");
    assertThat(lines.get(6).get("leadId").asText()).isEqualTo("ok-9");
    assertThat(run.err()).contains("7 leads: 0 SQL, 2 NOT_YET, 0 DISQUALIFIED, 5 errors");
  }

  @Test
  void jsonArray_errorsCarryTheIndex() throws Exception {
    Path leads = write("leads.JSON", "\uFEFF[{\"id\":\"a\"}, null, 3, {\"id\":\" \"}, {\"id\":\"b\",\"x\":{\"y\":1,\"y\":2}}, {\"id\":\"c\"}]");
    Run run = run("--as-of", "2027-03-01", leads.toString());
    assertThat(run.status()).isEqualTo(1);
    List<JsonNode> lines = run.lines();
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0).get("leadId").asText()).isEqualTo("a");
    assertThat(lines.get(1).get("error").get("index").asInt()).isEqualTo(1);
    assertThat(lines.get(1).get("error").get("code").asText()).isEqualTo("WRONG_TYPE");
    assertThat(lines.get(1).get("error").get("pointer").asText()).isEmpty();
    assertThat(lines.get(2).get("error").get("code").asText()).isEqualTo("WRONG_TYPE");
    assertThat(lines.get(3).get("error").get("code").asText()).isEqualTo("INVALID_VALUE");
    assertThat(lines.get(3).get("error").get("pointer").asText()).isEqualTo("/id");
    assertThat(lines.get(4).get("error").get("code").asText()).isEqualTo("DUPLICATE_PROPERTY");
    assertThat(lines.get(4).get("error").get("index").asInt()).isEqualTo(4);
    assertThat(lines.get(5).get("leadId").asText()).isEqualTo("c");
  }

  @Test
  void jsonArray_brokenStructureStopsTheFileButNotTheRun() throws Exception {
    // A brace closed by a bracket breaks the array; a missing comma inside a balanced element
    // ({"id":"b" "c"}) would be only that element's error.
    Path broken = write("broken.json", "[{\"id\":\"a\"}, {\"id\":\"b\" \"c\"], {\"id\":\"never\"}]");
    Path trailing = write("trailing.json", "[{\"id\":\"t\"}] x");
    Path empty = write("empty.json", "  \n");
    Path next = write("next.ndjson", "{\"id\":\"after\"}\n");
    Run run = run("--as-of", "2027-03-01", broken.toString(), trailing.toString(), empty.toString(), next.toString());
    assertThat(run.status()).isEqualTo(1);
    List<JsonNode> lines = run.lines();
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0).get("leadId").asText()).isEqualTo("a");
    assertThat(lines.get(1).get("error").get("index").asInt()).isEqualTo(1);
    assertThat(lines.get(1).get("error").get("code").asText()).isEqualTo("MALFORMED_JSON");
    assertThat(lines.get(2).get("leadId").asText()).isEqualTo("t");
    assertThat(lines.get(3).get("error").get("code").asText()).isEqualTo("MALFORMED_JSON");
    assertThat(lines.get(3).get("error").has("index")).isFalse();
    assertThat(lines.get(4).get("error").get("file").asText()).isEqualTo(empty.toString());
    assertThat(lines.get(5).get("leadId").asText()).isEqualTo("after");
    assertThat(run.err()).contains(broken.toString()).contains(trailing.toString()).contains(empty.toString());
  }

  @Test
  void singleObjectFile_errorsCarryNeitherLineNorIndex() throws Exception {
    Path lead = write("one.json", "{\"id\":\"one\",\"problems\":[{\"statement\":\"x\",\"frequency\":{\"count\":-1,\"per\":\"DAY\"}}]}");
    Run run = run("--as-of", "2027-03-01", lead.toString());
    JsonNode error = run.lines().get(0).get("error");
    assertThat(error.get("code").asText()).isEqualTo("INVALID_VALUE");
    assertThat(error.get("pointer").asText()).isEqualTo("/problems/0/frequency/count");
    assertThat(error.has("line")).isFalse();
    assertThat(error.has("index")).isFalse();
    assertThat(error.get("id").asText()).isEqualTo("one");
  }

  @Test
  void standardInput_isNdjsonByDefaultAndJsonOnRequest() throws Exception {
    byte[] ndjson = "\uFEFF{\"id\":\"s1\"}\n{\"id\":\"s2\"}\n".getBytes(StandardCharsets.UTF_8);
    Run run = run(ndjson, List.of(), "--as-of", "2027-03-01");
    assertThat(run.status()).isZero();
    assertThat(run.lines()).extracting(n -> n.get("leadId").asText()).containsExactly("s1", "s2");
    Run dash = run("[{\"id\":\"j1\"}]".getBytes(StandardCharsets.UTF_8), List.of(), "--input", "json", "-");
    assertThat(dash.lines()).extracting(n -> n.get("leadId").asText()).containsExactly("j1");
    assertThat(dash.out()).doesNotContain("\"file\"");
  }

  @Test
  void inputOption_overridesTheFileName() throws Exception {
    Path json = write("leads.json", "{\"id\":\"x1\"}\n{\"id\":\"x2\"}\n");
    Run run = run("--input=ndjson", json.toString());
    assertThat(run.lines()).extracting(n -> n.get("leadId").asText()).containsExactly("x1", "x2");
  }

  @Test
  void strict_rejectsUnknownProperties() throws Exception {
    Path lead = write("l.ndjson", "{\"id\":\"u\",\"crmScore\":7}\n");
    assertThat(run(lead.toString()).status()).isZero();
    Run strict = run("--strict", lead.toString());
    assertThat(strict.status()).isEqualTo(1);
    JsonNode error = strict.lines().get(0).get("error");
    assertThat(error.get("code").asText()).isEqualTo("UNKNOWN_PROPERTY");
    assertThat(error.get("pointer").asText()).isEqualTo("/crmScore");
  }

  @Test
  void horizonAndLocale_changeRevisitAndWording() throws Exception {
    Run dutch = run("--as-of", "2027-03-01", "--horizon", "P2Y", "--locale", "nl", "leads/contract-ends-2029.json");
    JsonNode result = dutch.lines().get(0);
    assertThat(result.get("verdict").asText()).isEqualTo("SQL");
    Run nl = run("--as-of", "2027-03-01", "--locale", "nl", "leads/just-looking.json");
    assertThat(nl.out()).contains("Wie is er nog meer betrokken bij dit besluit?");
  }

  @Test
  void customQualifier_isSelectedById() throws Exception {
    Path lead = write("sw.ndjson",
        "{\"id\":\"sw\",\"company\":{\"industry\":\"software\"}}\n{\"id\":\"food\",\"company\":{\"industry\":\"food processing\"}}\n");
    Run run = run("--as-of", "2027-03-01", "--qualifier", "four-question,icp-fit", lead.toString());
    List<JsonNode> lines = run.lines();
    assertThat(lines.get(0).get("verdict").asText()).isEqualTo("DISQUALIFIED");
    assertThat(lines.get(0).get("qualifier").asText()).isEqualTo("four-question/1+icp-fit/1");
    assertThat(lines.get(0).get("criteria").get(4).get("reason").asText()).isEqualTo("ICP_INDUSTRY_MISMATCH");
    assertThat(lines.get(1).get("verdict").asText()).isEqualTo("NOT_YET");
  }

  /** A definition with a misspelt path, a path into personal data and a check without English. */
  private static final String BROKEN_RULES = """
      {"id": "acme-fit/1", "criteria": [{"name": "FIT", "checks": [
        {"condition": {"present": "/company/employes"}, "verdict": "NOT_YET", "reason": "A", "message": {"en": "a"}},
        {"condition": {"present": "/contact/email"}, "verdict": "NOT_YET", "reason": "B", "message": {"nl": "b"}}]}]}""";

  @Test
  void rules_theIcpDefinitionGivesWhatTheJavaIcpQualifierGives() throws Exception {
    Path lead = write("icp.ndjson", ("{\"id\":\"sw\",\"company\":{\"industry\":\"software\"}}\n"
        + "{\"id\":\"food\",\"company\":{\"industry\":\"food processing\",\"employees\":80}}\n"
        + "{\"id\":\"nothing\"}\n").getBytes(StandardCharsets.UTF_8));
    Run java = run("--as-of", "2027-03-01", "--qualifier", "four-question,icp-fit", lead.toString());
    Run rules = run("--as-of", "2027-03-01", "--rules", "rules/icp-fit.json", lead.toString());
    assertThat(rules.status()).as(rules.err()).isEqualTo(java.status());
    List<JsonNode> fromRules = rules.lines();
    assertThat(fromRules).hasSize(3);
    assertThat(fromRules.get(0).get("verdict").asText()).isEqualTo("DISQUALIFIED");
    assertThat(fromRules.get(0).get("qualifier").asText()).isEqualTo("four-question/1+icp-fit/1");
    assertThat(fromRules).extracting(n -> n.get("verdict").asText() + " " + n.get("criteria").findValuesAsText("reason"))
        .containsExactlyElementsOf(java.lines().stream()
            .map(n -> n.get("verdict").asText() + " " + n.get("criteria").findValuesAsText("reason")).toList());
  }

  @Test
  void rules_aBrokenDefinitionIsAUsageErrorWithEachPointer() throws Exception {
    Path broken = write("broken.json", BROKEN_RULES.getBytes(StandardCharsets.UTF_8));
    Path lead = write("one.ndjson", "{\"id\":\"one\"}\n".getBytes(StandardCharsets.UTF_8));
    Run run = run("--rules", broken.toString(), lead.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList()).containsExactly(
        "qualify: --rules " + broken + ": INVALID_VALUE at \"/criteria/0/checks/0/condition/present\": "
            + "a path of the lead's JSON format; the nearest is /company/employees",
        "qualify: --rules " + broken + ": INVALID_VALUE at \"/criteria/0/checks/1/condition/present\": "
            + "a readable path: /contact is personal data, which rules never read",
        "qualify: --rules " + broken + ": MISSING_REQUIRED at \"/criteria/0/checks/1/message/en\": an English text");
    Run missing = run("--rules", dir.resolve("none.json").toString(), lead.toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("none.json: cannot read: no such file").doesNotContain("Exception");
    Run malformed = run("--rules", write("bad.json", "{\"id\": [".getBytes(StandardCharsets.UTF_8)).toString(), lead.toString());
    assertThat(malformed.status()).isEqualTo(2);
    assertThat(malformed.err()).contains("MALFORMED_JSON at \"\"").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void checkRules_printsOkOrEachErrorWithItsPointer() throws Exception {
    Run ok = run("--check-rules", "rules/icp-fit.json");
    assertThat(ok.status()).as(ok.err()).isZero();
    assertThat(ok.out()).isEqualTo("rules/icp-fit.json: OK, definition 'icp-fit/1' with 1 criteria and 3 checks\n");
    Path broken = write("broken.json", BROKEN_RULES.getBytes(StandardCharsets.UTF_8));
    Run bad = run("--check-rules", "rules/icp-fit.json", "--check-rules", broken.toString());
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.out()).startsWith("rules/icp-fit.json: OK");
    assertThat(bad.err().lines().toList()).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("qualify: " + broken + ": "))
        .anySatisfy(line -> assertThat(line).contains("MISSING_REQUIRED at \"/criteria/0/checks/1/message/en\""));
    assertThat(run("--check-rules", "rules/icp-fit.json", "leads/wrong-fit.json").status()).isEqualTo(2);
  }

  @Test
  void textFormat_isReadable() throws Exception {
    Run run = run("--as-of", "2027-03-01", "--format", "text", "leads/contract-ends-2029.json");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("contract-ends-2029: NOT_YET").contains("URGENCY_BEYOND_HORIZON")
        .contains("2028-01-31");
  }

  @Test
  void badArguments_exitWith2AndPrintNothing() throws Exception {
    for (String[] args : new String[][] {
        {"--as-of", "2027-02-30", "leads/wrong-fit.json"},
        {"--as-of", "27-3-1"},
        {"--horizon", "-P1M"},
        {"--horizon", "twelve"},
        {"--locale", "de"},
        {"--input", "xml"},
        {"--format", "csv"},
        {"--bogus"},
        {"-x"},
        {"--as-of"},
        {"--strict=yes"},
        {"--qualifier", "nope"},
        {"--qualifier", "four-question,four-question"},
        {"--plugins", "no-such-dir"},
        {"--threads", "0"},
        {"--threads=" + (Pipeline.MAX_THREADS + 1)},
        {"-", "-"},
        {"leads/wrong-fit.json", "does-not-exist.ndjson"},
    }) {
      Run run = run(args);
      assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.out()).as(String.join(" ", args)).isEmpty();
      assertThat(run.err()).as(String.join(" ", args)).startsWith("qualify: ");
    }
  }

  @Test
  void unusableArguments_sayWhyWithoutAStackTrace() throws Exception {
    Run de = run("--locale", "de", "leads/wrong-fit.json");
    assertThat(de.err()).contains("available: en, nl");
    Run nope = run("--qualifier", "budget-known", "leads/wrong-fit.json");
    assertThat(nope.err()).contains("found: ").contains("four-question").contains("icp-fit")
        .contains("no --plugins given");
    Run dir = run(EXAMPLES.resolve("leads").toString());
    assertThat(dir.err()).contains("it is a directory");
    // A name the system's encoding cannot hold (LC_ALL=C): a usage error, not an exception.
    Run ascii = bash("LC_ALL=C LANG= exec \"$JAVA\" -jar \"$JAR\" \"$(printf 'caf\\303\\251.ndjson')\"");
    assertThat(ascii.status()).as(ascii.err()).isEqualTo(2);
    assertThat(ascii.err()).startsWith("qualify: cannot open").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void standardOutputThatFails_stopsWithStatus3AndNeverClaimsSuccess() throws Exception {
    for (String redirect : new String[] {">/dev/full", ">&-"}) {
      Run run = bash("exec \"$JAVA\" -jar \"$JAR\" leads/conveyor-belt.json " + redirect);
      assertThat(run.status()).as(redirect + ": " + run.err()).isEqualTo(3);
      assertThat(run.err()).as(redirect).contains("cannot write standard output").doesNotContain("0 errors");
    }
    // An endless producer into a reader that leaves after one line: qualify stops by itself.
    Run pipe = bash("yes '{\"id\":\"a\"}' | \"$JAVA\" -jar \"$JAR\" --as-of 2027-03-01 2>err.txt | head -1;"
        + " echo \"status=${PIPESTATUS[1]}\"; cat err.txt >&2; rm err.txt");
    assertThat(pipe.out()).startsWith("{\"leadId\":\"a\"").contains("status=3");
    assertThat(pipe.err()).contains("Broken pipe");
  }

  @Test
  void inputThatFailsMidRun_keepsEarlierResultsAndNamesTheInput() throws Exception {
    // Standard input is a directory: reading it fails between two files that can be read.
    Run run = bash("exec \"$JAVA\" -jar \"$JAR\" --as-of 2027-03-01 leads/conveyor-belt.json - leads/wrong-fit.json"
        + " < '" + dir + "'");
    assertThat(run.status()).as(run.err()).isEqualTo(1);
    assertThat(run.lines()).extracting(n -> n.get("leadId").asText()).containsExactly("conveyor-belt-foodco", "wrong-fit");
    assertThat(run.err()).contains("standard input: cannot read").contains("1 input could not be read");
  }

  @Test
  void manyFiles_areOpenedOneAtATime() throws Exception {
    int files = 1_100;
    for (int i = 0; i < files; i++) {
      write("lead-" + i + ".ndjson", "{\"id\":\"L-" + i + "\"}\n");
    }
    Run run = bash("ulimit -n 400; cd '" + dir + "' && exec \"$JAVA\" -jar \"$JAR\" --as-of 2027-03-01 lead-*.ndjson");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.lines()).hasSize(files);
  }

  @Test
  void byteOrderMark_countsOnlyAtTheStartOfAnInput() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write(bom);
    file.write("{\"id\":\"first\"}\n".getBytes(StandardCharsets.UTF_8));
    file.write(bom);
    file.write("{\"id\":\"later\"}\n".getBytes(StandardCharsets.UTF_8));
    Path ndjson = write("boms.ndjson", file.toByteArray());
    ByteArrayOutputStream twice = new ByteArrayOutputStream();
    twice.write(bom);
    twice.write(bom);
    twice.write("{\"id\":\"doubled\"}".getBytes(StandardCharsets.UTF_8));
    Path json = write("twice.json", twice.toByteArray());
    Run run = run("--as-of", "2027-03-01", ndjson.toString(), json.toString());
    List<JsonNode> lines = run.lines();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0).get("leadId").asText()).isEqualTo("first");
    assertThat(lines.get(1).get("error").get("code").asText()).isEqualTo("MALFORMED_JSON");
    assertThat(lines.get(1).get("error").get("line").asInt()).isEqualTo(2);
    assertThat(lines.get(2).get("error").get("code").asText()).isEqualTo("MALFORMED_JSON");
  }

  @Test
  void leadOverTheSizeLimit_isOneErrorWhateverItsFramingAndSize() throws Exception {
    String filler = "{\"id\":\"big\",\"context\":\"%s\"}";
    String justOver = String.format(filler, "x".repeat(QualifyCommand.MAX_LEAD_BYTES));
    String farOver = String.format(filler, "x".repeat(3 * QualifyCommand.MAX_LEAD_BYTES));
    Path lines = write("big.ndjson", justOver + "\n" + farOver + "\n");
    Path single = write("big.json", justOver);
    Path array = write("bigs.json", "[" + justOver + "," + farOver + "]");
    Run run = run("--as-of", "2027-03-01", lines.toString(), single.toString(), array.toString());
    List<JsonNode> errors = run.lines();
    assertThat(errors).hasSize(5);
    for (JsonNode line : errors) {
      JsonNode error = line.get("error");
      assertThat(error.get("code").asText()).isEqualTo("LIMIT_EXCEEDED");
      assertThat(error.has("pointer")).as(error.toString()).isEqualTo(errors.get(0).get("error").has("pointer"));
      assertThat(error.get("message").asText()).isEqualTo(errors.get(0).get("error").get("message").asText());
    }
  }

  @Test
  void textFormat_neutralisesLeadTextAndSpeaksTheLanguage() throws Exception {
    Path lead = write("evil.ndjson", "{\"id\":\"x\\u001b[2J\\nFAKE\\r== other: SQL\\u009b\"}\n"
        + "{\"id\":\"y\\u009b\\u202e\",\"company\":{\"employees\":-1}}\n");
    Run run = run("--as-of", "2027-03-01", "--format", "text", lead.toString());
    assertThat(run.out()).doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\u009b")
        .doesNotContain("\n== other").doesNotContain("\u202e").contains("== x\\u001B[2J\\u000AFAKE")
        .contains("\"id\":\"y\\u009B\\u202E\"");
    Run dutch = run("--as-of", "2027-03-01", "--format", "text", "--locale", "nl", "leads/just-looking.json");
    assertThat(dutch.out()).contains("[x] Situatie").contains("[ ] Probleem (PROBLEM_UNKNOWN)");
    assertThat(run("--as-of", "2027-03-01", "leads/wrong-fit.json").err()).contains("qualify: 1 lead: ");
  }

  @Test
  void plugins_loadAVendorsQualifierFromItsOwnJar() throws Exception {
    // Issue 13: the vendor's BudgetKnown (examples/budget), in a jar of its own that is on no class path.
    Path jars = Files.createDirectories(dir.resolve("plugins"));
    Path jar = BudgetKnownJar.write(jars.resolve("budget-known.jar"));
    Path lead = write("budget.ndjson", "{\"id\":\"b\"}\n{\"id\":\"n\",\"attributes\":{\"crm.budget\":\"none\"}}\n");
    Run without = run("--qualifier", "four-question,budget-known", lead.toString());
    assertThat(without.status()).isEqualTo(2);
    Run fromDir = run("--as-of", "2027-03-01", "--plugins", jars.toString(),
        "--qualifier", "four-question,budget-known", lead.toString());
    assertThat(fromDir.status()).as(fromDir.err()).isZero();
    List<JsonNode> lines = fromDir.lines();
    assertThat(lines.get(0).get("qualifier").asText()).isEqualTo("four-question/1+budget-known/1");
    assertThat(lines.get(0).get("criteria").get(4).get("reason").asText()).isEqualTo("BUDGET_UNKNOWN");
    assertThat(lines.get(1).get("verdict").asText()).isEqualTo("DISQUALIFIED");
    Run dutch = run("--as-of", "2027-03-01", "--plugins", jar.toString(), "--qualifier",
        "four-question,budget-known", "--format", "text", "--locale", "nl", lead.toString());
    assertThat(dutch.status()).as(dutch.err()).isZero();
    assertThat(dutch.out()).contains("BUDGET: Niet voldaan (BUDGET_UNKNOWN).\n",
        "  - Is hier budget voor, en hoe groot is het?\n");
    Run fromJar = run("--plugins", jar.toString(), "--qualifier", "budget-known", lead.toString());
    assertThat(fromJar.status()).as(fromJar.err()).isZero();
    Run missing = run("--plugins", jar.toString(), "--qualifier", "budget-unknown", lead.toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("budget-known").contains("--plugins " + jar);
  }

  @Test
  void jsonArray_badElementInsideAnIntactStructure_isThatElementsErrorAndTheNextIsRead() throws Exception {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write("[{\"id\":\"".getBytes(StandardCharsets.UTF_8));
    file.write(0xFF);
    file.write(("\"},{\"id\":\"n\",\"context\":1" + "0".repeat(1100) + "},{\"id\":\"k\",\""
        + "k".repeat(50_001) + "\":1},{\"id\":\"ok\"}]").getBytes(StandardCharsets.UTF_8));
    Path leads = write("elements.json", file.toByteArray());
    List<JsonNode> lines = run("--as-of", "2027-03-01", leads.toString()).lines();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0).get("error").get("code").asText()).isEqualTo("MALFORMED_JSON");
    assertThat(lines.get(1).get("error").get("code").asText()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(lines.get(1).get("error").get("pointer").asText()).isEqualTo("/context");
    assertThat(lines.get(2).get("error").get("code").asText()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(lines.get(3).get("leadId").asText()).isEqualTo("ok");
  }

  @Test
  void noLeadsAtAll_isSuccess() throws Exception {
    Path empty = write("empty.ndjson", "");
    Run run = run(empty.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
  }

  @Test
  void help_printsUsage() throws Exception {
    Run run = run("--help");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("--as-of").contains("--horizon").contains("--strict").contains("--rules FILE")
        .contains("--check-rules FILE");
  }

  @Test
  void manyLeads_runInBoundedMemory() throws Exception {
    // 200,000 leads through a 32 MiB heap, on one thread and on eight: nothing may accumulate per
    // lead, nor pile up between threads. (The 1,000,000-lead runs under -Xmx64m are part of the
    // benchmarks.)
    int leads = 200_000;
    Path file = dir.resolve("many.ndjson");
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
      for (int i = 0; i < leads; i++) {
        out.write(("{\"id\":\"L-" + i + "\",\"situation\":{\"summary\":\"Two lines.\"},"
            + "\"problems\":[{\"statement\":\"Stops.\",\"frequency\":{\"count\":2,\"per\":\"WEEK\"}}],"
            + "\"triggers\":[{\"kind\":\"DEADLINE\",\"description\":\"Audit\",\"date\":\"2027-06-01\"}],"
            + "\"decisionProcess\":{\"stakeholders\":[{\"roles\":[\"APPROVES\"],\"approvesAbove\":"
            + "{\"amount\":1,\"currency\":\"EUR\"}}]}}\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    for (String threads : new String[] {"1", "8"}) {
      Path out = dir.resolve("out.ndjson");
      List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx32m", "-jar", JAR.toString(), "--threads", threads, "--as-of", "2027-03-01", file.toString());
      Process process = new ProcessBuilder(command)
          .redirectOutput(out.toFile())
          .redirectError(dir.resolve("err.txt").toFile())
          .start();
      assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
      String err = Files.readString(dir.resolve("err.txt"));
      assertThat(process.exitValue()).as(err).isZero();
      assertThat(err).contains(leads + " leads: " + leads + " SQL");
      try (var lines = Files.lines(out)) {
        assertThat(lines.count()).isEqualTo(leads);
      }
    }
  }
}
