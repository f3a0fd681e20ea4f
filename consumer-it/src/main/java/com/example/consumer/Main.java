package com.example.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.QualifierDiscovery;
import io.github.fourfold.QualifierProvider;
import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.jackson.FourfoldJson;
import io.github.fourfold.model.Lead;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import tools.jackson.databind.json.JsonMapper;

/** Reads leads from JSON, qualifies them with the default rule plus a discovered plug-in, prints results. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    String layer = Main.class.getModule().isNamed() ? "module path" : "class path";
    FourfoldJson json = FourfoldJson.ofDefaults();
    QualifierDiscovery discovery = QualifierDiscovery.load(Main.class.getClassLoader());
    QualifierProvider plugin = discovery.find("big-accounts");
    if (plugin == null || discovery.find("four-question") == null) {
      throw new IllegalStateException("providers not found on the " + layer + ": " + discovery.ids());
    }
    Qualifier qualifier = Qualifier.fourQuestion().andThen(plugin.create(QualificationPolicy.ofDefaults()));
    String big = "{\"id\":\"big\",\"situation\":{\"summary\":\"Six belts.\"},"
        + "\"problems\":[{\"statement\":\"Stops.\",\"frequency\":{\"count\":3,\"per\":\"YEAR\"}}],"
        + "\"triggers\":[{\"kind\":\"DEADLINE\",\"description\":\"Audit\",\"date\":\"2027-09-15\"}],"
        + "\"decisionProcess\":{\"stakeholders\":[{\"title\":\"Director\",\"roles\":[\"APPROVES\"]}],\"timeline\":\"Q3\"}}";
    String small = big.replace("\"id\":\"big\"", "\"id\":\"small\",\"attributes\":{\"tier\":\"small\"}");
    // Jackson 2 and 3 side by side, each finding its own Fourfold module through ServiceLoader.
    ObjectMapper jackson2 = new ObjectMapper().findAndRegisterModules();
    JsonMapper jackson3 = JsonMapper.builder().findAndAddModules().build();
    boolean agree = true;
    for (String text : new String[] {big, small}) {
      Lead lead = json.readLead(text.getBytes(StandardCharsets.UTF_8));
      QualificationResult result = qualifier.qualify(lead, LocalDate.of(2027, 3, 1));
      String out = json.writeResult(result);
      System.out.println(layer + ": " + out);
      agree &= lead.equals(jackson2.readValue(text, Lead.class))
          && lead.equals(jackson3.readValue(text, Lead.class))
          && out.equals(jackson2.writeValueAsString(result))
          && out.equals(jackson3.writeValueAsString(result));
    }
    System.out.println(layer + ": jackson 2 (" + jackson2.version() + ") and 3 ("
        + jackson3.version() + ") agree = " + agree);
    System.out.println(layer + ": internal package exported = "
        + Qualifier.class.getModule().isExported("io.github.fourfold.internal"));
  }
}
