package com.example.consumer.jackson3;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.model.Lead;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import tools.jackson.databind.json.JsonMapper;

/** Reads the lead file named by the first argument with a plain Jackson 3 mapper, qualifies it, prints the result. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    String layer = Main.class.getModule().isNamed() ? "module path" : "class path";
    // No module named: findAndAddModules() finds fourfold-jackson3 through ServiceLoader.
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Lead lead = mapper.readValue(Files.readAllBytes(Path.of(args[0])), Lead.class);
    QualificationResult result = Qualifier.fourQuestion().qualify(lead, LocalDate.of(2027, 3, 1));
    System.out.println("jackson3 " + layer + ": " + mapper.writeValueAsString(result));
    System.out.println("jackson3 " + layer + ": jackson 2 databind present = "
        + present("com.fasterxml.jackson.databind.ObjectMapper"));
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, Main.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
