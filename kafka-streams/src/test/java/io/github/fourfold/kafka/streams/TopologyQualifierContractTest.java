package io.github.fourfold.kafka.streams;

import io.github.fourfold.Qualifier;
import io.github.fourfold.testkit.QualifierContract;

/** The testkit's contract holds for the qualifier the topology uses by default. */
final class TopologyQualifierContractTest implements QualifierContract<Qualifier> {
  @Override
  public Qualifier qualifier() {
    return FourfoldTopology.builder().qualifierInUse();
  }
}
