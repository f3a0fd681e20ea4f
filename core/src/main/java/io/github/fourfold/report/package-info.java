/**
 * What a sales rep gets back besides the verdict, in English, Dutch or any language a vendor
 * adds: the article's example questions ({@link io.github.fourfold.report.QuestionBank}), the
 * record to keep after each call ({@link io.github.fourfold.report.HandoffNote}) and the
 * 15&ndash;30 minute qualification call ({@link io.github.fourfold.report.CallPlan}).
 *
 * <p>All texts come from resource bundles. A vendor adds a language, or replaces wording, by
 * putting {@code META-INF/fourfold/Messages_xx.properties} on the class path (xx is the language,
 * e.g. {@code de}); its keys win over the built-in ones and missing keys fall back to English.
 * The keys are those of the built-in English bundle, which documents them.
 *
 * <p>Nothing here reads a person's name, e-mail address or phone number unless asked to
 * ({@link io.github.fourfold.report.HandoffOptions#includeNames()}).
 *
 * <p>After a call, qualify the lead and give the rep what to do next (the same code runs in
 * {@code ReportUsageTest}):
 *
 * <pre>{@code
 * QualificationPolicy policy = QualificationPolicy.builder().locale(Locale.forLanguageTag("nl")).build();
 * QualificationResult result = Qualifier.fourQuestion(policy).qualify(lead, LocalDate.of(2027, 3, 1));
 *
 * String note = HandoffNote.of(lead, result, HandoffOptions.from(policy)).toText();
 * List<String> ask = QuestionBank.of(policy.locale()).nextQuestions(lead, result); // = result.nextQuestions()
 * String plan = CallPlan.followUp(result, policy.locale()).toMarkdown();
 * String firstCall = CallPlan.firstCall(Locale.ENGLISH).toText();
 * }</pre>
 */
@NullMarked
@ValueStyle
package io.github.fourfold.report;

import io.github.fourfold.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
