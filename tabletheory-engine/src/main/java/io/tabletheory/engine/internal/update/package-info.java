/**
 * The update builder ({@code DefaultUpdateBuilder}): atomic changes to one item, sent on their own by
 * {@code Model.updateBuilder()} or taken as one action of a transaction ({@code updateWithBuilder}).
 */
package io.tabletheory.engine.internal.update;
