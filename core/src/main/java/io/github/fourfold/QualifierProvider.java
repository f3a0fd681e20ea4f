package io.github.fourfold;

/**
 * A service-provider interface through which a jar offers a qualifier: list the implementing
 * class in {@code META-INF/services/io.github.fourfold.QualifierProvider} (or {@code provides}
 * it in {@code module-info.java}) and {@link QualifierDiscovery} finds it.
 *
 * <p>Implementations need a public no-argument constructor and must be cheap to create.
 */
public interface QualifierProvider {
  /**
   * The id users select this qualifier by, without version, e.g. {@code "icp-fit"}.
   *
   * @return the id: lower-case letters, digits and hyphens
   */
  String id();

  /**
   * Creates the qualifier for a policy.
   *
   * @param policy the horizon and language the caller chose
   * @return a thread-safe qualifier
   */
  Qualifier create(QualificationPolicy policy);
}
