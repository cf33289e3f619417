package io.tabletheory.annotation;

/** How attribute names are derived from Java names, and which explicit names are valid. */
public enum NamingConvention {
    /** {@code firstName}: names match {@code [a-z][A-Za-z0-9]*} (the default). */
    CAMEL_CASE,
    /** {@code first_name}: names match {@code [a-z][a-z0-9]*(_[a-z0-9]+)*}. */
    SNAKE_CASE
}
