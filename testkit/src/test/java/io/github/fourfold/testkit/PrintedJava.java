package io.github.fourfold.testkit;

import io.github.fourfold.model.Lead;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Compiles the Java a contract failure prints to rebuild its lead, and runs it. */
final class PrintedJava {
  private static final String START = "    Lead lead = ";

  private PrintedJava() {}

  /** The lead that the Java in a failure report builds. */
  static Lead lead(String report) throws Exception {
    int at = report.indexOf(START);
    if (at < 0) {
      throw new AssertionError("no Java in the report:\n" + report);
    }
    return compile(report.substring(at + START.length(), report.indexOf(";\n", at)));
  }

  /** The changed lead of a relational check, which its problem line rebuilds. */
  static Lead changedLead(String report) throws Exception {
    String marker = ", rebuilt by: ";
    int at = report.indexOf(marker);
    if (at < 0) {
      throw new AssertionError("no changed lead in the report:\n" + report);
    }
    return compile(report.substring(at + marker.length(), report.indexOf('\n', at)));
  }

  private static Lead compile(String expression) throws Exception {
    String source = "public final class Rebuild {\n"
        + "  public static io.github.fourfold.model.Lead lead() {\n"
        + "    return " + expression + ";\n"
        + "  }\n"
        + "}\n";
    Path out = Files.createTempDirectory("printed-java");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    SimpleJavaFileObject file =
        new SimpleJavaFileObject(URI.create("string:///Rebuild.java"), SimpleJavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
    List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(),
        "-proc:none");
    Boolean ok = javac.getTask(null, null, null, options, null, List.of(file)).call();
    if (!Boolean.TRUE.equals(ok)) {
      throw new AssertionError("the printed Java does not compile:\n" + source);
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, Lead.class.getClassLoader())) {
      return (Lead) loader.loadClass("Rebuild").getMethod("lead").invoke(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
