/** The in-memory DynamoDB emulator behind TableTheory's ports ({@code io.tabletheory.inmemory.InMemoryDynamo}). */
module io.tabletheory.inmemory {
    requires transitive io.tabletheory.api;

    exports io.tabletheory.inmemory;
}
