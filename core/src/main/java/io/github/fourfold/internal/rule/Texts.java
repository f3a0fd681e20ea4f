package io.github.fourfold.internal.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages and questions in one language, from the resource bundle
 * {@code io.github.fourfold.internal.rule.Messages}. A vendor adds a language by putting a
 * {@code Messages_xx.properties} beside it on the class path; missing keys fall back to English.
 */
public final class Texts {
  static final String BUNDLE = "io.github.fourfold.internal.rule.Messages";

  private final ResourceBundle bundle;
  private final Locale locale;

  private Texts(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  public static Texts of(Locale locale) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE, locale, Texts.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new Texts(bundle, locale);
  }

  public Locale locale() {
    return locale;
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** The text for a key, with {@code {0}}, {@code {1}}, ... replaced by the arguments. */
  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("No text for " + key + " in " + BUNDLE, e);
    }
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

  /** The numbered texts {@code prefix.1}, {@code prefix.2}, ... that exist. */
  public List<String> list(String prefix) {
    List<String> texts = new ArrayList<>();
    for (int i = 1; has(prefix + "." + i); i++) {
      texts.add(get(prefix + "." + i));
    }
    return List.copyOf(texts);
  }
}
