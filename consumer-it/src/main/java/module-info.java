/** A user's application that embeds Fourfold and plugs in its own qualifier. */
module com.example.consumer {
  requires io.github.fourfold;
  requires io.github.fourfold.jackson;
  requires io.github.fourfold.jackson3;

  provides io.github.fourfold.QualifierProvider with com.example.consumer.BigAccountsProvider;
}
