package io.github.fourfold.examples.qualify;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds, in a test, the jar a CRM vendor would ship: a {@code budget-known} qualifier and its
 * provider, compiled against {@code qualify.jar} and listed for {@link java.util.ServiceLoader}.
 * It reads {@code attributes["crm.budget"]}: absent is NOT_YET ({@code BUDGET_UNKNOWN}),
 * {@code "none"} is DISQUALIFIED ({@code NO_BUDGET}).
 */
final class VendorJar {
  private VendorJar() {}

  private static final String QUALIFIER = """
      package com.example.crm;

      import io.github.fourfold.CriterionFinding;
      import io.github.fourfold.QualificationPolicy;
      import io.github.fourfold.QualificationResult;
      import io.github.fourfold.Qualifier;
      import io.github.fourfold.QualifierProvider;
      import io.github.fourfold.Verdict;
      import io.github.fourfold.model.Lead;
      import java.time.LocalDate;

      public final class BudgetKnownProvider implements QualifierProvider {
        public BudgetKnownProvider() {}

        @Override public String id() { return "budget-known"; }

        @Override public Qualifier create(QualificationPolicy policy) {
          return new Qualifier() {
            @Override public String id() { return "budget-known/1"; }

            @Override public QualificationResult qualify(Lead lead, LocalDate asOf) {
              String budget = lead.attributes().get("crm.budget");
              CriterionFinding finding;
              Verdict verdict;
              if (budget == null) {
                finding = CriterionFinding.unmet("BUDGET", "BUDGET_UNKNOWN", "The budget is not known yet.");
                verdict = Verdict.NOT_YET;
              } else if (budget.equals("none")) {
                finding = CriterionFinding.unmet("BUDGET", "NO_BUDGET", "There is no budget.");
                verdict = Verdict.DISQUALIFIED;
              } else {
                finding = CriterionFinding.met("BUDGET");
                verdict = Verdict.SQL;
              }
              QualificationResult.Builder result = QualificationResult.builder();
              result.leadId(lead.id()).asOf(asOf).verdict(verdict).addCriteria(finding).qualifier(id());
              return result.build();
            }
          };
        }
      }
      """;

  /** Writes {@code budget-known.jar} into {@code directory} and returns its path. */
  static Path build(Path directory, Path qualifyJar) throws IOException {
    Path sources = Files.createDirectories(directory.resolve("src/com/example/crm"));
    Path classes = Files.createDirectories(directory.resolve("classes"));
    Path source = sources.resolve("BudgetKnownProvider.java");
    Files.writeString(source, QUALIFIER);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, "--release", "17", "-proc:none", "-cp", qualifyJar.toString(),
        "-d", classes.toString(), source.toString());
    if (status != 0) {
      throw new IllegalStateException("the vendor's qualifier did not compile");
    }
    Path jars = Files.createDirectories(directory.resolve("jars"));
    Path jar = jars.resolve("budget-known.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry("META-INF/services/io.github.fourfold.QualifierProvider"));
      out.write("com.example.crm.BudgetKnownProvider\n".getBytes(StandardCharsets.UTF_8));
      try (var classFiles = Files.walk(classes)) {
        for (Path classFile : (Iterable<Path>) classFiles.filter(Files::isRegularFile)::iterator) {
          out.putNextEntry(new JarEntry(classes.relativize(classFile).toString().replace('\\', '/')));
          out.write(Files.readAllBytes(classFile));
        }
      }
    }
    return jar;
  }
}
