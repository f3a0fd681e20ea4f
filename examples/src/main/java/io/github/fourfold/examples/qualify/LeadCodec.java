package io.github.fourfold.examples.qualify;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.model.Lead;
import java.io.IOException;
import java.io.OutputStream;

/** Reads one lead document and writes one result, in the Fourfold JSON format. */
interface LeadCodec {
  /** Reads the exact text of one lead (UTF-8, no BOM). */
  Lead read(byte[] json) throws ReadFailure;

  /**
   * The reader's own error for a lead over its size limit, for a line or array element that the
   * command does not keep in full: one error for one condition, whatever the framing.
   */
  ReadFailure tooLarge();

  /** Writes a result as one line of JSON, without the line end. */
  void writeResult(QualificationResult result, OutputStream out) throws IOException;
}
