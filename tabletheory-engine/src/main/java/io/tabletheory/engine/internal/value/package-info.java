/**
 * Reading attribute values without casts: the payload of an expected kind ({@code Payloads}, a visitor) and the
 * rendering of keys and operands in messages ({@code KeyText}).
 */
package io.tabletheory.engine.internal.value;
