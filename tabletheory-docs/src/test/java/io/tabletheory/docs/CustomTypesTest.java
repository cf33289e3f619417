package io.tabletheory.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.Model;
import io.tabletheory.api.value.AttributeValue;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** "Custom types and naming": the registered converter, the one a field chooses, and snake_case names. */
class CustomTypesTest {
    private final CustomTypes types = new CustomTypes();

    @Test
    void invoice_storesMoneyByTheRegisteredConverter_andTheFeeByItsOwn() {
        Model<CustomTypes.Invoice> invoices = types.db.model(CustomTypes.Invoice.class);
        UUID id = UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
        CustomTypes.Invoice invoice =
                new CustomTypes.Invoice(id, new Money(1250, "USD"), new Money(99, "EUR"), Optional.empty());

        assertThat(invoices.toItem(invoice))
                .containsEntry("total", AttributeValue.ofString("1250 USD"))
                .containsEntry("fee", AttributeValue.ofNumber(99))
                .doesNotContainKey("note");
        types.db.createTable(CustomTypes.Invoice.class);
        invoices.create(invoice);
        assertThat(invoices.where("id", "=", id).first()).isEqualTo(invoice);
    }

    @Test
    void customer_namesAttributesInSnakeCase_unlessNamedExplicitly() {
        Model<CustomTypes.Customer> customers = types.db.model(CustomTypes.Customer.class);

        assertThat(customers.toItem(new CustomTypes.Customer("c1", "Ada", "gold")))
                .containsOnlyKeys("customer_id", "first_name", "GSI1PK");
    }
}
