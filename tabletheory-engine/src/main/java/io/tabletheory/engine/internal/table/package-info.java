/**
 * Table administration derived from a model: the CreateTable request of a schema.
 */
package io.tabletheory.engine.internal.table;
