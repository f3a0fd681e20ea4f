package io.github.fourfold.examples.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.Verdict;
import io.github.fourfold.examples.conveyorbelt.ConveyorBeltExample;
import io.github.fourfold.model.Lead;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The custom qualifier in the Javadoc of {@code Qualifier} compiles and behaves as it says. */
final class JavadocExampleTest {
  private static final Path QUALIFIER_SOURCE = Path.of("../core/src/main/java/io/github/fourfold/Qualifier.java");
  private static final String IMPORTS = String.join("\n",
      "import io.github.fourfold.*;",
      "import io.github.fourfold.model.Lead;",
      "import io.github.fourfold.testkit.LeadGenerator;",
      "import io.github.fourfold.testkit.QualifierContract;",
      "import java.time.LocalDate;",
      "");

  @TempDir Path out;

  @Test
  void qualifierJavadoc_customQualifierExample_compilesAndKeepsItsWord() throws Exception {
    String javadoc = Files.readString(QUALIFIER_SOURCE, StandardCharsets.UTF_8);
    int start = javadoc.indexOf("<pre>{@code\n", javadoc.indexOf("A complete custom qualifier"));
    String code = javadoc.substring(start + "<pre>{@code\n".length(), javadoc.indexOf("}</pre>", start))
        .replaceAll("(?m)^ \\* ?", "")
        .replace("public final class ", "public static final class ")
        .replace("\nfinal class ", "\nstatic final class ");
    String source = IMPORTS + "public final class JavadocExample {\n" + code + "}\n";

    Class<?> example = compile(source);
    Qualifier budget = (Qualifier) loadNested(example, "BudgetKnown").getConstructor().newInstance();
    Qualifier combined = Qualifier.fourQuestion().andThen(budget);
    Lead lead = ConveyorBeltExample.lead();
    LocalDate asOf = LocalDate.of(2027, 3, 1);

    QualificationResult unknown = combined.qualify(lead, asOf);
    assertThat(unknown.verdict()).isEqualTo(Verdict.NOT_YET);
    assertThat(unknown.nextQuestions()).contains("Is there a budget for this, and how large is it?");
    assertThat(combined.qualify(with(lead, "none"), asOf).verdict()).isEqualTo(Verdict.DISQUALIFIED);
    assertThat(combined.qualify(with(lead, "25000"), asOf).verdict()).isEqualTo(Verdict.SQL);
    assertThat(loadNested(example, "BudgetKnownContractTest")).isNotNull();
  }

  private static Lead with(Lead lead, String budget) {
    return Lead.builder().from(lead).putAttributes("crm.budget", budget).build();
  }

  private static Class<?> loadNested(Class<?> outer, String name) {
    for (Class<?> nested : outer.getDeclaredClasses()) {
      if (nested.getSimpleName().equals(name)) {
        return nested;
      }
    }
    throw new AssertionError("no class " + name + " in the Javadoc example");
  }

  private Class<?> compile(String source) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    SimpleJavaFileObject file = new SimpleJavaFileObject(
        URI.create("string:///JavadocExample.java"), SimpleJavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(),
        "-proc:none");
    assertThat(javac.getTask(null, null, null, options, null, List.of(file)).call())
        .as("the Javadoc example compiles:\n%s", source).isTrue();
    URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader());
    return loader.loadClass("JavadocExample");
  }
}
