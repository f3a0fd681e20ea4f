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

  /** Creates the module with the format's default options. */
  public FourfoldModule() {
    this(JsonReadOptions.ofDefaults());
  }

  FourfoldModule(JsonReadOptions options) {
    this.options = options;
  }

  /**
   * The module's name.
   *
   * @return {@code "FourfoldModule"}
   */
  @Override
  public String getModuleName() {
    return "FourfoldModule";
  }

  /**
   * This artifact's version.
   *
   * @return the version of {@code io.github.fourfold:fourfold-jackson3}
   */
  @Override
  public Version version() {
    return ModuleVersion.VERSION;
  }

  /**
   * The id Jackson uses to skip a module registered twice: the class name, plus the options when
   * they are not the defaults.
   *
   * @return the registration id
   */
  @Override
  public Object getRegistrationId() {
    String id = FourfoldModule.class.getName();
    return options.isDefault() ? id : id + "[" + options + "]";
  }

  /**
   * Registers the serializers and deserializers.
   *
   * @param context Jackson's set-up context
   */
  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(Serializers.serializers());
    context.addDeserializers(Serializers.deserializers(options));
  }
}
