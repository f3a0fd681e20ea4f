package io.github.fourfold.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import io.github.fourfold.jackson.internal.FormatTypes;
import io.github.fourfold.jackson.internal.ModuleVersion;
import io.github.fourfold.json.JsonReadOptions;

/**
 * The Jackson 2 module that reads and writes every Fourfold core type ({@code Lead} and its parts,
 * {@code QualificationResult}, {@code CriterionFinding}, {@code Warning} and the enums) in the
 * Fourfold JSON format, version 1.
 *
 * <p>It is registered in {@code META-INF/services}, so {@code ObjectMapper.findAndRegisterModules()}
 * finds it; {@code mapper.registerModule(new FourfoldModule())} does the same by hand. The
 * no-argument module reads leniently (unknown properties are ignored) within the format's default
 * limits; for strict mode or other limits take {@link FourfoldJson#module()} from a configured
 * {@link FourfoldJson}. Modules with different settings have different type ids, so registering a
 * configured one after the discovered default one is not ignored, and the later one wins. As with
 * any module, register it before the mapper's first use: Jackson caches deserializers.
 *
 * <p>What holds on any mapper the module is registered on: every value is read by the module's
 * own streaming reader, so Jackson's coercions ({@code "15000"} or {@code 3.0} for an integer),
 * case-insensitive enums, last-duplicate-wins and its {@code FAIL_ON_UNKNOWN_PROPERTIES} setting
 * do not apply; duplicate names, unpaired surrogates and the string, name, number, nesting and
 * size limits are checked per value; every error is a {@link FourfoldJsonException}; and type
 * information (default typing) is neither read nor written for these types. What the module
 * cannot control on your mapper, and {@link FourfoldJson} does: content after the value (enable
 * {@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS}), lenient parser features you switch on
 * (comments, single quotes, {@code NaN}), text encodings other than UTF-8 that Jackson detects in
 * byte input, JSON {@code null} for a whole value (Jackson returns null), and malformed JSON
 * outside the value. Generator features you enable (pretty printing, numbers as strings) apply to
 * the output, and {@code JsonNode} trees strip trailing zeros of decimals unless
 * {@code JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES} is disabled.
 *
 * <p>The JSON Schemas of the format ship with the module as resources:
 * {@code io/github/fourfold/jackson/schema/lead.schema.json} and
 * {@code io/github/fourfold/jackson/schema/qualification-result.schema.json} (draft 2020-12).
 */
public final class FourfoldModule extends Module {
  private final JsonReadOptions settings;

  /**
   * Creates the module with the format's defaults: unknown properties ignored, leads of at most
   * 1 MiB, nesting depth 32, strings of 65,536 code points, names of 256, numbers of 64 characters.
   */
  public FourfoldModule() {
    this(JsonReadOptions.ofDefaults());
  }

  FourfoldModule(JsonReadOptions settings) {
    this.settings = settings;
  }

  /**
   * The module's name, as Jackson reports it.
   *
   * @return {@code "FourfoldModule"}
   */
  @Override
  public String getModuleName() {
    return "FourfoldModule";
  }

  /**
   * This artifact's version, for Jackson's module listings.
   *
   * @return the version of {@code io.github.fourfold:fourfold-jackson}
   */
  @Override
  public Version version() {
    return ModuleVersion.VERSION;
  }

  /**
   * The id Jackson uses to skip a module registered twice: the class name, plus the settings when
   * they are not the defaults.
   *
   * @return the type id
   */
  @Override
  public Object getTypeId() {
    String id = FourfoldModule.class.getName();
    return settings.isDefault() ? id : id + "[" + settings + "]";
  }

  /**
   * Registers the serializers and deserializers of every core type.
   *
   * @param context Jackson's set-up context
   */
  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(FormatTypes.serializers());
    context.addDeserializers(FormatTypes.deserializers(settings));
  }
}
