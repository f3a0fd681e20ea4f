package io.github.fourfold.examples.icpfit;

import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.Qualifier;
import io.github.fourfold.QualifierProvider;

/**
 * Offers {@link IcpFitQualifier} to {@link io.github.fourfold.QualifierDiscovery} as {@code icp-fit}:
 * listed in {@code META-INF/services/io.github.fourfold.QualifierProvider}, the way a vendor ships
 * a qualifier in its own jar.
 */
public final class IcpFitProvider implements QualifierProvider {
  /** For {@link java.util.ServiceLoader}. */
  public IcpFitProvider() {}

  @Override
  public String id() {
    return "icp-fit";
  }

  @Override
  public Qualifier create(QualificationPolicy policy) {
    return IcpFitQualifier.manufacturing();
  }
}
