/** A CRM vendor's custom qualifier (an ideal-customer-profile fit check), found through ServiceLoader. */
@NullMarked
package io.github.fourfold.examples.icpfit;

import org.jspecify.annotations.NullMarked;
