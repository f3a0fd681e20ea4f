package io.github.fourfold.examples.qualify;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The languages {@code --locale} accepts: English (Fourfold's fallback), and every language with
 * a {@code Messages_xx.properties} on the class path, Fourfold's own or a vendor's in
 * {@code META-INF/fourfold/}.
 */
final class Languages {
  /** Where Fourfold keeps its built-in messages, and where a vendor adds a language. */
  private static final String[] FOLDERS = {"io/github/fourfold/internal/text/", "META-INF/fourfold/"};

  private static final Pattern FILE = Pattern.compile("Messages_([a-z]{2,8})(?:_[A-Za-z0-9_]+)?\\.properties");

  private Languages() {}

  /** The language codes with messages, English included, in alphabetical order. */
  static Set<String> available(ClassLoader loader) {
    Set<String> languages = new TreeSet<>();
    languages.add("en");
    for (String folder : FOLDERS) {
      try {
        Enumeration<URL> urls = loader.getResources(folder);
        while (urls.hasMoreElements()) {
          collect(urls.nextElement(), folder, languages);
        }
      } catch (IOException | RuntimeException e) {
        // A folder that cannot be listed adds no language; the fallback still works.
      }
    }
    return languages;
  }

  private static void collect(URL url, String folder, Set<String> languages) throws IOException {
    if (url.getProtocol().equals("jar")) {
      URLConnection connection = url.openConnection();
      if (connection instanceof JarURLConnection) {
        connection.setUseCaches(false);
        try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
          for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
            String name = entries.nextElement().getName();
            if (name.startsWith(folder) && name.indexOf('/', folder.length()) < 0) {
              add(name.substring(folder.length()), languages);
            }
          }
        }
      }
    } else if (url.getProtocol().equals("file")) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of(url.toURI()))) {
        for (Path file : files) {
          add(file.getFileName().toString(), languages);
        }
      } catch (URISyntaxException e) {
        // Not a path this system can list.
      }
    }
  }

  private static void add(String fileName, Set<String> languages) {
    Matcher m = FILE.matcher(fileName);
    if (m.matches()) {
      languages.add(m.group(1));
    }
  }
}
