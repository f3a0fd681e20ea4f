/**
 * Issue 13's CRM vendor scenario: a custom qualifier ({@link
 * io.github.fourfold.examples.budget.BudgetKnown}) with its provider, contract test, registration
 * and jar. Test sources, so that {@code qualify.jar} does not contain it and a test can package it
 * as a separate plug-in jar with {@link io.github.fourfold.examples.budget.BudgetKnownJar}.
 */
@NullMarked
package io.github.fourfold.examples.budget;

import org.jspecify.annotations.NullMarked;
