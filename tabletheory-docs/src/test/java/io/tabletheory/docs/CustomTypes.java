package io.tabletheory.docs;

import io.tabletheory.TableTheory;
import io.tabletheory.annotation.Attribute;
import io.tabletheory.annotation.Convert;
import io.tabletheory.annotation.Naming;
import io.tabletheory.annotation.NamingConvention;
import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import java.util.Optional;
import java.util.UUID;

/** The README's "Custom types and naming": a converter for every Money, one chosen per field, snake_case names. */
final class CustomTypes {
    private final DynamoStore store = InMemoryDynamoStore.create();

    // tag::custom-types[]
    TableTheory db = TableTheory.builder().store(store).converter(Money.class, new MoneyConverter()).build();
    record Invoice(@PartitionKey UUID id, Money total, @Convert(CentsConverter.class) Money fee, Optional<String> note) {}

    @Naming(NamingConvention.SNAKE_CASE)   // firstName -> first_name, userID -> user_id
    record Customer(@PartitionKey String customerId, String firstName, @Attribute("GSI1PK") String segment) {}
    // end::custom-types[]
}
