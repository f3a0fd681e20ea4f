package io.github.fourfold.jackson;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.json.JsonReadOptions;
import io.github.fourfold.model.Lead;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * One JSON binding of the format, as the parity suite drives it: each operation's outcome is a
 * text (what was written, or the error's code, pointer, message and lead id), so that the two
 * bindings' outcomes can be compared for equality.
 */
interface Binding {
  String name();

  String readLead(byte[] json, boolean strict);

  String readLeadText(String json, boolean strict);

  String readResult(byte[] json);

  String writeLead(Lead lead);

  String writeResult(QualificationResult result);

  /** A lead read and a result written by a mapper that found the module by itself. */
  String mapperRoundTrip(String leadJson, QualificationResult result);

  static Binding jackson2() {
    FourfoldJson lenient = FourfoldJson.ofDefaults();
    FourfoldJson strict = FourfoldJson.builder().strict(true).build();
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    return new Binding() {
      @Override
      public String name() {
        return "jackson2";
      }

      @Override
      public String readLead(byte[] json, boolean isStrict) {
        FourfoldJson j = isStrict ? strict : lenient;
        return outcome(() -> j.writeLead(j.readLead(new ByteArrayInputStream(json))));
      }

      @Override
      public String readLeadText(String json, boolean isStrict) {
        FourfoldJson j = isStrict ? strict : lenient;
        return outcome(() -> j.writeLead(j.readLead(json)));
      }

      @Override
      public String readResult(byte[] json) {
        return outcome(() -> lenient.writeResult(lenient.readResult(json)));
      }

      @Override
      public String writeLead(Lead lead) {
        return outcome(() -> bytes(out -> lenient.writeLead(lead, out)) + lenient.writeLead(lead));
      }

      @Override
      public String writeResult(QualificationResult result) {
        return outcome(
            () -> bytes(out -> lenient.writeResult(result, out)) + lenient.writeResult(result));
      }

      @Override
      public String mapperRoundTrip(String leadJson, QualificationResult result) {
        return outcome(
            () ->
                mapper.writeValueAsString(mapper.readValue(leadJson, Lead.class))
                    + mapper.writeValueAsString(result));
      }
    };
  }

  static Binding jackson3() {
    io.github.fourfold.jackson3.FourfoldJson lenient =
        io.github.fourfold.jackson3.FourfoldJson.ofDefaults();
    io.github.fourfold.jackson3.FourfoldJson strict =
        io.github.fourfold.jackson3.FourfoldJson.of(
            JsonReadOptions.builder().strict(true).build());
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    return new Binding() {
      @Override
      public String name() {
        return "jackson3";
      }

      @Override
      public String readLead(byte[] json, boolean isStrict) {
        io.github.fourfold.jackson3.FourfoldJson j = isStrict ? strict : lenient;
        return outcome(() -> j.writeLead(j.readLead(new ByteArrayInputStream(json))));
      }

      @Override
      public String readLeadText(String json, boolean isStrict) {
        io.github.fourfold.jackson3.FourfoldJson j = isStrict ? strict : lenient;
        return outcome(() -> j.writeLead(j.readLead(json)));
      }

      @Override
      public String readResult(byte[] json) {
        return outcome(() -> lenient.writeResult(lenient.readResult(json)));
      }

      @Override
      public String writeLead(Lead lead) {
        return outcome(() -> bytes(out -> lenient.writeLead(lead, out)) + lenient.writeLead(lead));
      }

      @Override
      public String writeResult(QualificationResult result) {
        return outcome(
            () -> bytes(out -> lenient.writeResult(result, out)) + lenient.writeResult(result));
      }

      @Override
      public String mapperRoundTrip(String leadJson, QualificationResult result) {
        return outcome(
            () ->
                mapper.writeValueAsString(mapper.readValue(leadJson, Lead.class))
                    + mapper.writeValueAsString(result));
      }
    };
  }

  /** Writes into a stream. */
  interface Write {
    void to(ByteArrayOutputStream out) throws Exception;
  }

  static String bytes(Write write) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write.to(out);
    return out.toString(StandardCharsets.UTF_8) + "\n";
  }

  /** The value written, or the error as code, pointer, message and lead id. */
  static String outcome(Callable<String> call) {
    try {
      return "value " + call.call();
    } catch (FourfoldJsonException e) {
      return error(e.code().name(), e.pointer(), e.getMessage(), e.leadId());
    } catch (io.github.fourfold.jackson3.FourfoldJsonException e) {
      return error(e.code().name(), e.pointer(), e.getMessage(), e.leadId());
    } catch (IllegalArgumentException e) {
      return "unwritable " + e.getMessage();
    } catch (Exception e) {
      return "other " + e.getClass().getSimpleName();
    }
  }

  private static String error(
      String code, @Nullable Object pointer, String message, @Nullable Object leadId) {
    return "error " + code + " | " + pointer + " | " + message + " | " + leadId;
  }
}
