/**
 * TableTheory's ports and values: the {@code AttributeValue} family, the requests and results the ports speak, and
 * the one exception hierarchy. Pure Java, no dependencies. Its internal package is not exported.
 */
module io.tabletheory.api {
    exports io.tabletheory.api.error;
    exports io.tabletheory.api.port;
    exports io.tabletheory.api.request;
    exports io.tabletheory.api.stream;
    exports io.tabletheory.api.table;
    exports io.tabletheory.api.value;
}
