/**
 * Implementation details of the Fourfold testkit: the seeded random source, the spec oracle, the
 * part factories and the property runner. Not an API: anything here may change in any release.
 */
@NullMarked
package io.github.fourfold.testkit.internal;

import org.jspecify.annotations.NullMarked;
