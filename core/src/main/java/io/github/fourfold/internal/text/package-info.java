/**
 * Messages, questions and labels in every language, shared by the default rule and the reports
 * (so neither depends on the other). Not an API.
 */
@NullMarked
package io.github.fourfold.internal.text;

import org.jspecify.annotations.NullMarked;
