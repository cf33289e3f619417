/**
 * Model schemas: how a record or bean maps to an item (fields, roles, keys, indexes, table names), built once per
 * class by {@code SchemaFactory}.
 */
package io.tabletheory.engine.internal.mapping;
