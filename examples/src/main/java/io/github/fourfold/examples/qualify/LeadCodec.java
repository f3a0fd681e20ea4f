package io.github.fourfold.examples.qualify;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.model.Lead;
import java.io.IOException;
import java.io.OutputStream;

/** Reads one lead document and writes one result, in the Fourfold JSON format. */
interface LeadCodec {
  /** Reads the exact text of one lead (UTF-8, no BOM). */
  Lead read(byte[] json) throws ReadFailure;

  /** Writes a result as one line of JSON, without the line end. */
  void writeResult(QualificationResult result, OutputStream out) throws IOException;
}
