/**
 * Converters between Java values and attribute values, one per Java type family, chosen by {@code Converters};
 * also the RFC 3339 text of timestamps, which only converters write.
 */
package io.tabletheory.engine.internal.convert;
