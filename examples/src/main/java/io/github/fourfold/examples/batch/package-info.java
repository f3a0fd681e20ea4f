/** Re-qualifying a batch of leads from a JSON file as of a given date. */
@NullMarked
package io.github.fourfold.examples.batch;

import org.jspecify.annotations.NullMarked;
