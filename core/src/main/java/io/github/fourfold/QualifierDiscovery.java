package io.github.fourfold;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * The {@link QualifierProvider}s found on a class path (or module path) through
 * {@link ServiceLoader}.
 *
 * <p>A provider that cannot be loaded or created does not stop the others: it is listed in
 * {@link #failures()} with its class name.
 */
public final class QualifierDiscovery {
  private final List<QualifierProvider> providers;
  private final List<String> failures;

  private QualifierDiscovery(List<QualifierProvider> providers, List<String> failures) {
    this.providers = List.copyOf(providers);
    this.failures = List.copyOf(failures);
  }

  /**
   * Discovers the providers visible to the current thread's context class loader.
   *
   * @return what was found
   */
  public static QualifierDiscovery load() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return load(loader != null ? loader : QualifierDiscovery.class.getClassLoader());
  }

  /**
   * Discovers the providers visible to a class loader.
   *
   * @param loader the class loader to search
   * @return what was found
   */
  public static QualifierDiscovery load(ClassLoader loader) {
    List<QualifierProvider> found = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    Iterator<QualifierProvider> it = ServiceLoader.load(QualifierProvider.class, loader).iterator();
    // ServiceLoader's iterator goes on to the next provider after a ServiceConfigurationError,
    // so one broken jar cannot hide the others.
    for (int guard = 0; guard < 10_000; guard++) {
      try {
        if (!it.hasNext()) {
          break;
        }
        found.add(it.next());
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        failed.add(describe(e));
      }
    }
    return new QualifierDiscovery(found, failed);
  }

  /**
   * The providers that loaded, in class-path order.
   *
   * @return the providers
   */
  public List<QualifierProvider> providers() {
    return providers;
  }

  /**
   * One line per provider that failed to load, naming its class and the failure's type.
   *
   * @return the failures, empty when all loaded
   */
  public List<String> failures() {
    return failures;
  }

  /**
   * The provider with an id.
   *
   * @param id the id, e.g. {@code "four-question"}
   * @return the first provider with that id, or null
   */
  public @Nullable QualifierProvider find(String id) {
    for (QualifierProvider provider : providers) {
      if (provider.id().equals(id)) {
        return provider;
      }
    }
    return null;
  }

  /**
   * The ids of the providers that loaded.
   *
   * @return the ids, in class-path order
   */
  public List<String> ids() {
    List<String> ids = new ArrayList<>();
    for (QualifierProvider provider : providers) {
      ids.add(provider.id());
    }
    return List.copyOf(ids);
  }

  private static String describe(Throwable e) {
    // ServiceLoader's own messages name the provider class ("Provider x.Y could not be
    // instantiated"); the cause's message is not repeated, it is not ours to trust.
    String message = e.getMessage();
    String head = message == null ? e.getClass().getName() : message;
    Throwable cause = e.getCause();
    return cause == null ? head : head + " (" + cause.getClass().getName() + ")";
  }
}
