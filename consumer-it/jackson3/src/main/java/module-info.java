/** A Jackson 3 user's application: it finds Fourfold's module the way Spring Boot 4 does. */
module com.example.consumer.jackson3 {
  requires io.github.fourfold;
  requires io.github.fourfold.jackson3;
}
