package io.github.fourfold.examples.qualify;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.jackson.FourfoldJson;
import io.github.fourfold.jackson.FourfoldJsonException;
import io.github.fourfold.model.Lead;
import java.io.IOException;
import java.io.OutputStream;

/** {@link LeadCodec} on the Jackson module's ready-made reader and writer. */
final class JsonCodec implements LeadCodec {
  private final FourfoldJson json;

  private JsonCodec(FourfoldJson json) {
    this.json = json;
  }

  static LeadCodec create(boolean strict) {
    return new JsonCodec(strict ? FourfoldJson.builder().strict(true).build() : FourfoldJson.ofDefaults());
  }

  @Override
  public Lead read(byte[] bytes) throws ReadFailure {
    try {
      return json.readLead(bytes);
    } catch (FourfoldJsonException e) {
      throw new ReadFailure(e.code().name(), e.pointer(), e.detail(), e.leadId());
    }
  }

  @Override
  public void writeResult(QualificationResult result, OutputStream out) throws IOException {
    json.writeResult(result, out);
  }
}
