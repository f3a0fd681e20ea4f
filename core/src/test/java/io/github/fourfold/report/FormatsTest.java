package io.github.fourfold.report;

import static io.github.fourfold.report.Leads.NL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.internal.text.PeriodText;
import io.github.fourfold.internal.text.Texts;
import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Numbers, money, periods and text escaping of the reports, which must not depend on the JDK. */
final class FormatsTest {
  private static final Formats EN = new Formats(Texts.of(Locale.ENGLISH));
  private static final Formats DUTCH = new Formats(Texts.of(NL));

  @Test
  void number_groupsThousandsWithTheLanguagesSeparators() {
    assertThat(EN.number(0)).isEqualTo("0");
    assertThat(EN.number(999)).isEqualTo("999");
    assertThat(EN.number(1_000)).isEqualTo("1,000");
    assertThat(EN.number(1_234_567)).isEqualTo("1,234,567");
    assertThat(DUTCH.number(1_234_567)).isEqualTo("1.234.567");
    assertThat(EN.number(new BigDecimal("7.50"))).isEqualTo("7.5");
    assertThat(DUTCH.number(new BigDecimal("1234.5"))).isEqualTo("1.234,5");
    assertThat(EN.number(new BigDecimal("0.05"))).isEqualTo("0.05");
    assertThat(EN.number(new BigDecimal("1E+3"))).isEqualTo("1,000");
    assertThat(EN.number(new BigDecimal("-1234.5"))).isEqualTo("-1,234.5");
  }

  @Test
  void number_farFromThePoint_isWrittenWithAnExponentNeverDigitByDigit() {
    assertThat(EN.number(new BigDecimal("1E+39"))).isEqualTo("1," + "000,".repeat(12) + "000");
    assertThat(EN.number(new BigDecimal("1E+40"))).isEqualTo("1E+40");
    assertThat(DUTCH.number(new BigDecimal("1.5E+70"))).isEqualTo("1,5E+70");
    assertThat(EN.number(new BigDecimal("12345E-104"))).isEqualTo("1.2345E-100");
    assertThat(EN.money(new BigDecimal("1E+100"), "EUR")).isEqualTo("€1E+100");
    // Formats is also safe for a BigDecimal that never passed the model's bound.
    assertThat(EN.number(new BigDecimal("1E-400000000"))).isEqualTo("1E-400000000");
    assertThat(EN.number(new BigDecimal("1E+400000000"))).isEqualTo("1E+400000000");
    assertThat(EN.number(new BigDecimal("0E+400000000"))).isEqualTo("0");
  }

  @Test
  void money_usesTheCurrencyPatternAndCentsOnlyWhenThereAreAny() {
    assertThat(EN.money(new BigDecimal("15000.00"), "EUR")).isEqualTo("€15,000");
    assertThat(EN.money(new BigDecimal("15000.5"), "EUR")).isEqualTo("€15,000.50");
    assertThat(EN.money(new BigDecimal("0.125"), "USD")).isEqualTo("$0.125");
    assertThat(DUTCH.money(new BigDecimal("50000"), "EUR")).isEqualTo("€50.000");
    assertThat(DUTCH.money(new BigDecimal("99.9"), "GBP")).isEqualTo("£99,90");
    assertThat(EN.money(new BigDecimal("3000"), "CHF")).isEqualTo("CHF 3,000");
  }

  @Test
  void clean_controlCharactersAndBidiOverrides_becomeOneLine() {
    assertThat(Formats.clean("  a\nb\r\n\tc \u2028 d\u202e\u2066e\u00a0 ")).isEqualTo("a b c de");
    assertThat(Formats.clean("\u202e")).isEmpty();
  }

  @Test
  void sentenceAndPhrase_endTheTextAsTheNoteNeeds() {
    assertThat(Formats.sentence("It stops")).isEqualTo("It stops.");
    assertThat(Formats.sentence("Does it stop?")).isEqualTo("Does it stop?");
    assertThat(Formats.phrase("Audit in September.")).isEqualTo("Audit in September");
    assertThat(Formats.phrase("...")).isEqualTo("...");
  }

  @Test
  void markdown_markupAndBlockStarts_areEscaped() {
    assertThat(Formats.markdown("a *b* _c_ `d` [e](f) <g> & h | i ~ j $ k # l"))
        .isEqualTo("a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\> \\& h \\| i \\~ j \\$ k \\# l");
    assertThat(Formats.markdown("- item")).isEqualTo("\\- item");
    assertThat(Formats.markdown("+ item")).isEqualTo("\\+ item");
    assertThat(Formats.markdown("> quote")).isEqualTo("\\> quote");
    assertThat(Formats.markdown("=== ")).isEqualTo("\\=== ");
    assertThat(Formats.markdown("12. item")).isEqualTo("12\\. item");
    assertThat(Formats.markdown("3) item")).isEqualTo("3\\) item");
    assertThat(Formats.markdown("2027-09-15 a-b 1.5")).isEqualTo("2027-09-15 a-b 1.5");
    assertThat(Formats.markdown("back\\slash")).isEqualTo("back\\\\slash");
  }

  @Test
  void periodText_describesHorizonsInWords() {
    Texts en = Texts.of(Locale.ENGLISH);
    Texts nl = Texts.of(NL);

    assertThat(PeriodText.describe(Period.ofMonths(12), en)).isEqualTo("12 months");
    assertThat(PeriodText.describe(Period.ofMonths(12), nl)).isEqualTo("12 maanden");
    assertThat(PeriodText.describe(Period.ofYears(1), en)).isEqualTo("1 year");
    assertThat(PeriodText.describe(Period.ofYears(2), nl)).isEqualTo("2 jaar");
    assertThat(PeriodText.describe(Period.ofDays(1), en)).isEqualTo("1 day");
    assertThat(PeriodText.describe(Period.ZERO, en)).isEqualTo("0 days");
    assertThat(PeriodText.describe(Period.of(1, 6, 0), en)).isEqualTo("1 year and 6 months");
    assertThat(PeriodText.describe(Period.of(1, 6, 3), nl)).isEqualTo("1 jaar, 6 maanden en 3 dagen");
    assertThat(PeriodText.describe(Period.ofMonths(-1), en)).isEqualTo("P-1M");
  }

  @Test
  void periodText_join_listsLikeASentence() {
    Texts en = Texts.of(Locale.ENGLISH);

    assertThat(PeriodText.join(List.of(), en)).isEmpty();
    assertThat(PeriodText.join(List.of("a"), en)).isEqualTo("a");
    assertThat(PeriodText.join(List.of("a", "b"), en)).isEqualTo("a and b");
    assertThat(PeriodText.join(List.of("a", "b", "c", "d"), en)).isEqualTo("a, b, c and d");
  }

  @Test
  void texts_sameLocale_isShared() {
    assertThat(Texts.of(NL)).isSameAs(Texts.of(NL));
    assertThat(Texts.of(Locale.JAPANESE).get("note.verdict")).isEqualTo("Verdict");
  }
}
