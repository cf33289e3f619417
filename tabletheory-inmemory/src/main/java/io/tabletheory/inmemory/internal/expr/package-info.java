/**
 * DynamoDB's expression languages in the emulator, split by stage; each sub-package depends only on the ones listed
 * before it: {@code syntax} (the trees every stage shares), {@code parse} (text to trees), {@code print} (trees to
 * text), {@code eval} (trees applied to items), {@code check} (the request-dependent checks of a parsed tree) and
 * {@code cache} (parsed trees shared between requests), and {@code legacy} (DynamoDB's classic parameters, Expected,
 * AttributeUpdates, KeyConditions, QueryFilter, ScanFilter and AttributesToGet, translated into {@code syntax} trees
 * so the checks and evaluators serve both forms). Nothing in this package itself: it only names the stages.
 *
 * <p>Future work has an obvious home: the PartiQL parser goes in {@code expr.partiql}, beside {@code parse}.
 */
package io.tabletheory.inmemory.internal.expr;
