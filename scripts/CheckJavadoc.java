import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks the published Javadoc jars: the API a user reads must be whole. Fails (exit status 1)
 * when a jar
 *
 * <ul>
 *   <li>names a generated implementation type ({@code Immutable...}) anywhere: such types are
 *       package-private, so the reader can neither see nor use them;
 *   <li>lists a method without a description in a method summary; or
 *   <li>lists methods inherited from one of the project's types that are documented nowhere (names
 *       without links, as happens when a public builder inherits them from a generated class whose
 *       page is not published).
 * </ul>
 *
 * <p>Run after a release build, with the Javadoc jars to check:
 *
 * <pre>
 * java scripts/CheckJavadoc.java core/target/*-javadoc.jar testkit/target/*-javadoc.jar
 * </pre>
 */
public final class CheckJavadoc {
  /** Inherited members are checked for the project's own types only. */
  private static final String OWN_PACKAGES = "io.github.fourfold.";
  private static final Pattern GENERATED_NAME = Pattern.compile("\\bImmutable[A-Z][A-Za-z0-9_]*");
  /** A summary table's description cell, up to the next cell or the end of the table. */
  private static final Pattern DESCRIPTION_CELL =
      Pattern.compile("<div class=\"col-last[^\"]*\">(.*?)(?=<div class=\"col-|</div>\\s*</div>)",
          Pattern.DOTALL);
  private static final Pattern MEMBER_NAME =
      Pattern.compile("class=\"member-name-link\">([^<]+)</a>");
  private static final Pattern INHERITED_LIST =
      Pattern.compile(
          "<div class=\"inherited-list\">\\s*<h3[^>]*>(.*?)</h3>\\s*<code>(.*?)</code>",
          Pattern.DOTALL);
  private static final Pattern LINK = Pattern.compile("<a [^>]*>[^<]*</a>");
  /** Innermost type arguments, e.g. {@code <E>}: removed until none are left. */
  private static final Pattern TYPE_ARGUMENTS = Pattern.compile("&lt;((?!&lt;).)*?&gt;");
  private static final Pattern TAG = Pattern.compile("<[^>]+>");

  private static int descriptions;

  private CheckJavadoc() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: java scripts/CheckJavadoc.java JAVADOC_JAR...");
      System.exit(2);
    }
    List<String> problems = new ArrayList<>();
    int pages = 0;
    for (String jar : args) {
      if (!Files.isRegularFile(Path.of(jar))) {
        problems.add(jar + ": no such file (run a release build first)");
        continue;
      }
      try (InputStream file = Files.newInputStream(Path.of(jar));
          ZipInputStream zip = new ZipInputStream(file)) {
        for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
          String name = entry.getName();
          if (entry.isDirectory() || !(name.endsWith(".html") || name.endsWith(".js")
              || name.endsWith("element-list"))) {
            continue;
          }
          pages++;
          String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
          check(jar + "!/" + name, text, problems);
        }
      }
    }
    if (pages == 0 || descriptions == 0) {
      // A Javadoc whose pages this check cannot read would otherwise pass unchecked.
      problems.add("no Javadoc pages or summary tables found in " + String.join(", ", args));
    }
    problems.forEach(System.err::println);
    if (!problems.isEmpty()) {
      System.err.println(problems.size() + " Javadoc problem(s)");
      System.exit(1);
    }
    System.out.println("Javadoc: " + pages + " pages, " + descriptions
        + " summary descriptions checked in " + args.length + " jar(s)");
  }

  private static void check(String page, String text, List<String> problems) {
    Matcher generated = GENERATED_NAME.matcher(text);
    if (generated.find()) {
      problems.add(page + ": names the generated type " + generated.group());
    }
    Matcher cell = DESCRIPTION_CELL.matcher(text);
    while (cell.find()) {
      descriptions++;
      if (plain(cell.group(1)).isBlank()) {
        Matcher member = MEMBER_NAME.matcher(text.substring(0, cell.start()));
        String name = "?";
        while (member.find()) {
          name = member.group(1);
        }
        problems.add(page + ": no description for " + name);
      }
    }
    Matcher inherited = INHERITED_LIST.matcher(text);
    while (inherited.find()) {
      if (!plain(inherited.group(1)).contains(OWN_PACKAGES)) {
        continue; // another library's type (e.g. Jackson's), documented in its own Javadoc
      }
      // What is left once the linked names and their type arguments (Enum.EnumDesc<E>) are gone
      // was listed without a page to link to.
      String unlinked = LINK.matcher(inherited.group(2)).replaceAll("");
      for (String before = ""; !before.equals(unlinked); ) {
        before = unlinked;
        unlinked = TYPE_ARGUMENTS.matcher(unlinked).replaceAll("");
      }
      for (String item : unlinked.split(",")) {
        if (!item.isBlank()) {
          problems.add(page + ": '" + item.strip() + "' is documented nowhere ("
              + plain(inherited.group(1)) + ")");
        }
      }
    }
  }

  private static String plain(String html) {
    return TAG.matcher(html).replaceAll("").replace("&nbsp;", " ").strip();
  }
}
