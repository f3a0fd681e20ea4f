package io.github.fourfold.json;

/**
 * One record cut from a stream of leads but not read yet ({@link LeadReader#frame()}): the bytes
 * of an NDJSON line or an array element with where they were, or an error the framing itself
 * found. Reading it parses and checks the lead, which is most of the work, so a program can frame
 * on one thread and read on others.
 */
@FunctionalInterface
public interface FramedRecord {
  /**
   * Reads the record: exactly the record {@link LeadReader#read()} would have returned in its
   * place. Safe to call on any thread; each call reads the bytes again, so call it once.
   *
   * @return the lead or the error that kept it from being read
   */
  LeadRecord read();
}
