/**
 * The plain Jackson floor of the JSON benchmarks (issue 7, item 4): the lead format as Java records
 * bound by a plain {@code ObjectMapper}.
 */
@NullMarked
package io.github.fourfold.benchmarks.json;

import org.jspecify.annotations.NullMarked;
