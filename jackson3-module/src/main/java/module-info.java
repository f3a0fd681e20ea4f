/**
 * Fourfold's JSON format for Jackson 3: {@link io.github.fourfold.jackson3.FourfoldModule} and the
 * ready-made {@link io.github.fourfold.jackson3.FourfoldJson}, on the same reader and writer as the
 * Jackson 2 binding.
 */
@org.jspecify.annotations.NullMarked
module io.github.fourfold.jackson3 {
  requires transitive io.github.fourfold;
  requires transitive io.github.fourfold.json;
  requires transitive tools.jackson.databind;
  requires transitive tools.jackson.core;
  requires static transitive org.jspecify;

  exports io.github.fourfold.jackson3;
  exports io.github.fourfold.jackson3.rules;

  provides tools.jackson.databind.JacksonModule with
      io.github.fourfold.jackson3.FourfoldModule;
}
