/** The default four-question rule and its texts. Not an API. */
@NullMarked
package io.github.fourfold.internal.rule;

import org.jspecify.annotations.NullMarked;
