/**
 * Fourfold's JSON format for Jackson 2: {@link io.github.fourfold.jackson.FourfoldModule},
 * the ready-made {@link io.github.fourfold.jackson.FourfoldJson}, and the format's JSON Schemas.
 */
@org.jspecify.annotations.NullMarked
module io.github.fourfold.jackson {
  requires transitive io.github.fourfold;
  requires transitive io.github.fourfold.json;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.core;
  requires static transitive org.jspecify;

  exports io.github.fourfold.jackson;
  exports io.github.fourfold.jackson.schema;
  exports io.github.fourfold.jackson.rules;
  // The schema files are read as resources by validators outside this module.
  opens io.github.fourfold.jackson.schema;

  provides com.fasterxml.jackson.databind.Module with
      io.github.fourfold.jackson.FourfoldModule;
}
