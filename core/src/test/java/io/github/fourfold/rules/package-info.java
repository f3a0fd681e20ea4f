/** Tests of rule definitions: evaluation, three-valued logic, validation and limits. */
@NullMarked
package io.github.fourfold.rules;

import org.jspecify.annotations.NullMarked;
