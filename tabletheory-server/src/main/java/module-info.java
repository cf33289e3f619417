/**
 * The emulator served over DynamoDB's HTTP protocol ({@code io.tabletheory.server.TableTheoryServer}), for tests that
 * embed it and for {@code java -jar tabletheory-server.jar}. It logs through slf4j.
 */
module io.tabletheory.server {
    requires transitive io.tabletheory.api;
    requires io.tabletheory.inmemory;
    requires com.fasterxml.jackson.core;
    requires jdk.httpserver;
    requires org.slf4j;

    exports io.tabletheory.server;
}
