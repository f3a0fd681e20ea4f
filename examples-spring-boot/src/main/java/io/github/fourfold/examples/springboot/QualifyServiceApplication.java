package io.github.fourfold.examples.springboot;

import io.github.fourfold.Qualifier;
import io.github.fourfold.jackson3.FourfoldJson;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The service. Nothing here registers Fourfold's Jackson module: Spring Boot finds it on the class
 * path ({@code spring.jackson.find-and-add-modules}, on by default).
 */
@SpringBootApplication
public class QualifyServiceApplication {
  /** The rule every lead is qualified by; a bean, so a vendor can swap in a combined qualifier. */
  @Bean
  Qualifier qualifier() {
    return Qualifier.fourQuestion();
  }

  /** Today, when a request names no {@code asOf} date: the system clock in its time zone. */
  @Bean
  Clock clock() {
    return Clock.systemDefaultZone();
  }

  /** The streaming reader and result writer of the NDJSON path (limits, strict UTF-8). */
  @Bean
  FourfoldJson fourfoldJson() {
    return FourfoldJson.ofDefaults();
  }

  /**
   * Starts the service.
   *
   * @param args Spring Boot's arguments, e.g. {@code --server.port=8081}
   */
  public static void main(String[] args) {
    SpringApplication.run(QualifyServiceApplication.class, args);
  }
}
