package io.github.fourfold.benchmarks.json;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 floor of the JSON benchmarks: the same {@link JsonRecords} bound by a plain Jackson
 * 3 {@code JsonMapper}, unknown properties ignored, as {@link JsonRecords#reader()} does with
 * Jackson 2. Jackson 3 reads {@code LocalDate} itself (its Java time support is part of databind).
 */
public final class Jackson3Records {
  private Jackson3Records() {}

  /**
   * A plain Jackson 3 reader of lead documents.
   *
   * @return the reader, bound to {@link JsonRecords.JsonLead}
   */
  public static ObjectReader reader() {
    JsonMapper mapper =
        JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    return mapper.readerFor(JsonRecords.JsonLead.class);
  }
}
