/**
 * How the reports ({@link io.github.fourfold.report}) are computed and written. Not an API.
 */
@NullMarked
package io.github.fourfold.internal.report;

import org.jspecify.annotations.NullMarked;
