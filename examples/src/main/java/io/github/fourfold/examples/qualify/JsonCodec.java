package io.github.fourfold.examples.qualify;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.jackson.FourfoldJson;
import io.github.fourfold.jackson.FourfoldJsonException;
import io.github.fourfold.model.Lead;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import org.jspecify.annotations.Nullable;

/** {@link LeadCodec} on the Jackson module's ready-made reader and writer. */
final class JsonCodec implements LeadCodec {
  private final FourfoldJson json;
  private final int maxBytes;
  private @Nullable ReadFailure tooLarge;

  private JsonCodec(FourfoldJson json, int maxBytes) {
    this.json = json;
    this.maxBytes = maxBytes;
  }

  static LeadCodec create(boolean strict, int maxBytes) {
    return new JsonCodec(FourfoldJson.builder().strict(strict).maxDocumentBytes(maxBytes).build(), maxBytes);
  }

  @Override
  public ReadFailure tooLarge() {
    if (tooLarge == null) {
      // Asked of the reader once, so that its code, pointer and words are used everywhere.
      try {
        json.readLead(new ByteArrayInputStream(new byte[maxBytes + 1]));
        throw new IllegalStateException("the reader accepted a lead over its own limit");
      } catch (FourfoldJsonException e) {
        tooLarge = failure(e);
      } catch (IOException e) {
        throw new UncheckedIOException("a byte array does no I/O", e);
      }
    }
    return tooLarge;
  }

  private static ReadFailure failure(FourfoldJsonException e) {
    return new ReadFailure(e.code().name(), e.pointer(), e.detail(), e.leadId());
  }

  @Override
  public Lead read(byte[] bytes) throws ReadFailure {
    try {
      return json.readLead(bytes);
    } catch (FourfoldJsonException e) {
      throw failure(e);
    }
  }

  @Override
  public void writeResult(QualificationResult result, OutputStream out) throws IOException {
    json.writeResult(result, out);
  }
}
