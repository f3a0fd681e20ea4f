package io.github.fourfold.examples.kafkastreams;

import io.github.fourfold.Qualifier;
import io.github.fourfold.testkit.QualifierContract;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** The testkit's contract holds for the qualifier the example application's topology uses. */
final class KafkaStreamsExampleQualifierContractTest implements QualifierContract<Qualifier> {
  @Override
  public Qualifier qualifier() {
    return KafkaStreamsExample.qualifier();
  }

  @Override
  @Test
  @Disabled("The ICP-fit check decides on the company's industry, which the contract rewords as "
      + "free text: a different industry is meant to change the verdict.")
  public void qualify_ignoresPersonalDataAndWording() {
    QualifierContract.super.qualify_ignoresPersonalDataAndWording();
  }
}
