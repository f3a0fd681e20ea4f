package io.github.fourfold.jackson3;

import io.github.fourfold.jackson3.internal.ModuleVersion;
import io.github.fourfold.json.JsonReadOptions;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * The Jackson 3 module for every Fourfold core type, in the Fourfold JSON format, version 1.
 *
 * <p>Registered in {@code META-INF/services/tools.jackson.databind.JacksonModule}, so {@code
 * JsonMapper.builder().findAndAddModules().build()} finds it (as Spring Boot 4 does). Every value
 * is read and written by the format's own reader and writer, shared with the Jackson 2 binding:
 * Jackson 3's defaults that differ from 2.x (properties sorted alphabetically, unknown properties
 * not failing) do not apply to these types, and the output is the format's order, byte for byte
 * what {@code fourfold-jackson} writes. The no-argument module reads leniently within the format's
 * default limits; {@link FourfoldJson#module()} carries other options.
 */
public final class FourfoldModule extends JacksonModule {
  private final JsonReadOptions options;

  /** Creates the module with the format's default options; this is what ServiceLoader calls. */
  public FourfoldModule() {
    options = JsonReadOptions.ofDefaults();
  }

  /** The module of a configured {@link FourfoldJson}. */
  FourfoldModule(JsonReadOptions configured) {
    options = configured;
  }

  /** Adds the serializers and deserializers of every core type. @param context the set-up */
  @Override
  public void setupModule(SetupContext context) {
    context
        .addSerializers(Serializers.serializers())
        .addDeserializers(Serializers.deserializers(options));
  }

  /** {@return {@code "FourfoldModule"}, the module's name} */
  @Override
  public String getModuleName() {
    return "FourfoldModule";
  }

  /**
   * {@return what Jackson 3 tells modules apart by: the class name, with the options unless they
   * are the defaults} A module with other options is therefore not skipped as a duplicate.
   */
  @Override
  public Object getRegistrationId() {
    return options.isDefault()
        ? FourfoldModule.class.getName()
        : FourfoldModule.class.getName() + "[" + options + "]";
  }

  /** {@return the version of {@code io.github.fourfold:fourfold-jackson3}} */
  @Override
  public Version version() {
    return ModuleVersion.VERSION;
  }
}
