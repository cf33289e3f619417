/** The implementation of tabletheory-lambda; may change at any time. */
package io.tabletheory.lambda.internal;
