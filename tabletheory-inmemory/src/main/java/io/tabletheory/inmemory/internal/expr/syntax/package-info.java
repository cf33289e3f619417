/**
 * The trees of DynamoDB's expression languages, shared by every stage: conditions ({@link
 * io.tabletheory.inmemory.internal.expr.syntax.Condition}, {@link
 * io.tabletheory.inmemory.internal.expr.syntax.Operand}), update actions and values, document paths as written, the
 * comparators, the kind of expression a request carries, and the parsed-expression records the cache holds.
 * Values only: no parsing, checking or evaluation lives here, and this package depends on no other stage. Every
 * sealed family here is dispatched through its {@code Visitor} (or a {@code kind()} enum), so a new variant is a
 * compile error in every stage that must handle it. Anything that produces trees from another form (the PartiQL
 * parser, the translation of the legacy parameters in {@code expr.legacy}) targets these types.
 */
package io.tabletheory.inmemory.internal.expr.syntax;
