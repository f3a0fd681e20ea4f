package io.github.fourfold.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Messages, questions and labels in one language, from resource bundles.
 *
 * <p>The built-in texts are the bundle {@code io/github/fourfold/internal/text/Messages*.properties}
 * (English, the fallback for every language, and Dutch). A vendor adds a language or replaces
 * wording, without code, by putting {@code META-INF/fourfold/Messages_xx.properties} (or
 * {@code Messages.properties} for the fallback) on the class path that loaded Fourfold: for each
 * key the most specific language wins, and within one language the vendor's file wins over the
 * built-in one. Missing keys fall back to English. A numbered list ({@link #list}) is taken whole
 * from the most specific language that starts it, so a regional file ({@code _nl_BE}) that
 * changes a list must give all of it, while the vendor's file for the same language
 * ({@code _nl}) can replace one item. The JVM's default locale is never consulted, so the same
 * locale gives the same texts on every machine.
 *
 * <p>Files are read as UTF-8. Instances are immutable, cached per locale and thread-safe.
 */
public final class Texts {
  /** Where the built-in bundle lives, as a resource path without suffix. */
  static final String BUILT_IN = "/io/github/fourfold/internal/text/Messages";

  /** Where a vendor's overrides live, as a class-path resource name without suffix. */
  public static final String OVERRIDES = "META-INF/fourfold/Messages";

  private static final ResourceBundle.Control CONTROL =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final int MAX_CACHED = 64;
  private static final Map<Locale, Texts> CACHE = new ConcurrentHashMap<>();

  /**
   * One entry per candidate locale that has a bundle, most specific first; within one entry the
   * vendor's bundle comes before the built-in one.
   */
  private final List<List<ResourceBundle>> levels;
  private final Locale locale;

  private Texts(List<List<ResourceBundle>> levels, Locale locale) {
    this.levels = List.copyOf(levels);
    this.locale = locale;
  }

  /**
   * The texts for a locale, falling back to less specific locales and finally to English.
   *
   * @param locale the language (and optionally country and variant)
   * @return the texts, shared per locale
   */
  public static Texts of(Locale locale) {
    Texts cached = CACHE.get(locale);
    if (cached != null) {
      return cached;
    }
    Texts texts = load(locale, classLoader());
    // Locales may come from callers' input; a bounded cache cannot grow without end.
    if (CACHE.size() < MAX_CACHED) {
      CACHE.putIfAbsent(locale, texts);
    }
    return texts;
  }

  /**
   * The texts for a locale with a vendor's files looked up on another class loader; not cached.
   * For tests, and for hosts whose vendor files are not visible to Fourfold's own class loader.
   *
   * @param locale the language
   * @param vendorFiles where to look for {@code META-INF/fourfold/Messages*.properties}
   * @return the texts
   */
  public static Texts of(Locale locale, ClassLoader vendorFiles) {
    return load(locale, vendorFiles);
  }

  private static Texts load(Locale locale, ClassLoader vendorFiles) {
    // getCandidateLocales is a plain computation: unlike getBundle(..., Control), it is allowed
    // when Fourfold runs as a named (automatic) module.
    List<List<ResourceBundle>> levels = new ArrayList<>();
    for (Locale candidate : CONTROL.getCandidateLocales("", locale)) {
      String suffix = candidate.equals(Locale.ROOT) ? "" : "_" + candidate;
      List<ResourceBundle> level = new ArrayList<>(2);
      @Nullable ResourceBundle vendor = read(vendorFiles.getResourceAsStream(OVERRIDES + suffix + ".properties"));
      if (vendor != null) {
        level.add(vendor);
      }
      @Nullable ResourceBundle builtIn = read(Texts.class.getResourceAsStream(BUILT_IN + suffix + ".properties"));
      if (builtIn != null) {
        level.add(builtIn);
      }
      if (!level.isEmpty()) {
        levels.add(List.copyOf(level));
      }
    }
    return new Texts(levels, locale);
  }

  private static ClassLoader classLoader() {
    ClassLoader loader = Texts.class.getClassLoader();
    return loader != null ? loader : ClassLoader.getSystemClassLoader();
  }

  private static @Nullable ResourceBundle read(@Nullable InputStream in) {
    if (in == null) {
      return null;
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT))) {
      return new PropertyResourceBundle(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read a Fourfold message bundle (it must be UTF-8)", e);
    }
  }

  /** The locale these texts were asked for. */
  public Locale locale() {
    return locale;
  }

  /**
   * The most specific non-blank text for a key. A blank value is passed over, so a vendor's file
   * can never turn a message into an empty one (the built-in text is used instead).
   */
  private @Nullable String find(String key) {
    for (List<ResourceBundle> level : levels) {
      for (ResourceBundle bundle : level) {
        if (bundle.containsKey(key)) {
          String text = bundle.getString(key);
          if (!text.isBlank()) {
            return text;
          }
        }
      }
    }
    return null;
  }

  private static @Nullable String find(List<ResourceBundle> level, String key) {
    for (ResourceBundle bundle : level) {
      if (bundle.containsKey(key)) {
        return bundle.getString(key);
      }
    }
    return null;
  }

  /**
   * The text for a key, with {@code {0}}, {@code {1}}, ... replaced by the arguments. Unlike
   * {@link java.text.MessageFormat}, apostrophes are plain characters and arguments are written
   * with {@link String#valueOf(Object)}, so output does not depend on the JVM's locale.
   *
   * @throws IllegalStateException when no bundle has the key
   */
  public String get(String key, Object... args) {
    String pattern = find(key);
    if (pattern == null) {
      throw new IllegalStateException("No text for " + key + " in " + BUILT_IN.substring(1));
    }
    return format(pattern, args);
  }

  /** Like {@link #get}, but {@code fallback} when no bundle has the key. */
  public String getOrDefault(String key, String fallback, Object... args) {
    String pattern = find(key);
    return pattern == null ? fallback : format(pattern, args);
  }

  private static String format(String pattern, Object... args) {
    if (args.length == 0) {
      return pattern;
    }
    StringBuilder out = new StringBuilder(pattern.length() + 16);
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '{' && i + 2 < pattern.length() && pattern.charAt(i + 2) == '}') {
        int index = pattern.charAt(i + 1) - '0';
        if (index >= 0 && index < args.length) {
          out.append(args[index]);
          i += 2;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * The numbered texts {@code prefix.1}, {@code prefix.2}, ... up to the first number that is
   * missing, all from the most specific language that has {@code prefix.1}, so a list is never
   * half in one language and half in another. A blank value is skipped: that is how a vendor's
   * file removes a built-in question.
   */
  public List<String> list(String prefix) {
    for (List<ResourceBundle> level : levels) {
      if (find(level, prefix + ".1") == null) {
        continue;
      }
      List<String> texts = new ArrayList<>();
      for (int i = 1; ; i++) {
        @Nullable String text = find(level, prefix + "." + i);
        if (text == null) {
          break;
        }
        if (!text.isBlank()) {
          texts.add(text);
        }
      }
      return List.copyOf(texts);
    }
    return List.of();
  }
}
