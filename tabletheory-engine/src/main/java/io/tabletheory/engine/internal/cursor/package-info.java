/**
 * The cross-language pagination cursor: base64url of Go-compatible compact JSON, encoded byte for byte as the Go
 * SDK does and decoded strictly.
 */
package io.tabletheory.engine.internal.cursor;
