package io.tabletheory.bench.clientpath;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * The client path's table, its one customer, and the raw SDK contender: the customer mapped by hand to and from the
 * SDK's attribute values, as a careful user writes it without a mapper. The stubs answer every GetItem with this
 * customer ({@link #sdkItem()}, or {@link #getItemJson()} on the wire), so every contender reads the same item.
 */
public final class Customers {
    /** The table every contender writes and reads. */
    public static final String TABLE = "customers";

    private static final Customer CUSTOMER = new Customer(
            "customer#0001",
            "PROFILE",
            "Ada Lovelace",
            "ada@example.com",
            "ACTIVE",
            42,
            1_234_567_890L,
            98.5,
            true,
            new LinkedHashSet<>(List.of("admin", "beta")),
            Instant.parse("2026-11-24T07:08:21.123456789Z"),
            Instant.parse("2026-12-06T19:43:19.5Z"));

    private Customers() {}

    /** The customer. */
    public static Customer customer() {
        return CUSTOMER;
    }

    /** The raw SDK's PutItem of a customer, mapped by hand. */
    public static PutItemRequest putRequest(Customer customer) {
        return PutItemRequest.builder().tableName(TABLE).item(sdkItem(customer)).build();
    }

    /** The raw SDK's GetItem of a customer's key, mapped by hand. */
    public static GetItemRequest getRequest(String pk, String sk) {
        return GetItemRequest.builder()
                .tableName(TABLE)
                .key(Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk)))
                .build();
    }

    /** A customer's twelve attributes in the SDK's type. */
    public static Map<String, AttributeValue> sdkItem(Customer customer) {
        Map<String, AttributeValue> item = new HashMap<>(24);
        item.put("pk", AttributeValue.fromS(customer.pk()));
        item.put("sk", AttributeValue.fromS(customer.sk()));
        item.put("name", AttributeValue.fromS(customer.name()));
        item.put("email", AttributeValue.fromS(customer.email()));
        item.put("status", AttributeValue.fromS(customer.status()));
        item.put("visits", AttributeValue.fromN(Integer.toString(customer.visits())));
        item.put("balance", AttributeValue.fromN(Long.toString(customer.balance())));
        item.put("score", AttributeValue.fromN(Double.toString(customer.score())));
        item.put("verified", AttributeValue.fromBool(customer.verified()));
        item.put("tags", AttributeValue.fromSs(List.copyOf(customer.tags())));
        item.put("createdAt", AttributeValue.fromS(customer.createdAt().toString()));
        item.put("updatedAt", AttributeValue.fromS(customer.updatedAt().toString()));
        return item;
    }

    /** The customer an SDK item holds, mapped by hand. */
    public static Customer fromSdkItem(Map<String, AttributeValue> item) {
        return new Customer(
                item.get("pk").s(),
                item.get("sk").s(),
                item.get("name").s(),
                item.get("email").s(),
                item.get("status").s(),
                Integer.parseInt(item.get("visits").n()),
                Long.parseLong(item.get("balance").n()),
                Double.parseDouble(item.get("score").n()),
                item.get("verified").bool(),
                new LinkedHashSet<>(item.get("tags").ss()),
                Instant.parse(item.get("createdAt").s()),
                Instant.parse(item.get("updatedAt").s()));
    }

    /** The customer's item as the SDK hands it over after a GetItem. */
    public static Map<String, AttributeValue> sdkItem() {
        return sdkItem(CUSTOMER);
    }

    /** The stub client's GetItem answer. */
    public static GetItemResponse getItemResponse() {
        return GetItemResponse.builder().item(sdkItem()).build();
    }

    /** DynamoDB's JSON answer to a GetItem of the customer, as the canned HTTP client returns it. */
    public static byte[] getItemJson() {
        Customer customer = CUSTOMER;
        String json = "{\"Item\":{"
                + "\"pk\":{\"S\":\"" + customer.pk() + "\"},"
                + "\"sk\":{\"S\":\"" + customer.sk() + "\"},"
                + "\"name\":{\"S\":\"" + customer.name() + "\"},"
                + "\"email\":{\"S\":\"" + customer.email() + "\"},"
                + "\"status\":{\"S\":\"" + customer.status() + "\"},"
                + "\"visits\":{\"N\":\"" + customer.visits() + "\"},"
                + "\"balance\":{\"N\":\"" + customer.balance() + "\"},"
                + "\"score\":{\"N\":\"" + customer.score() + "\"},"
                + "\"verified\":{\"BOOL\":" + customer.verified() + "},"
                + "\"tags\":{\"SS\":[\"admin\",\"beta\"]},"
                + "\"createdAt\":{\"S\":\"" + customer.createdAt() + "\"},"
                + "\"updatedAt\":{\"S\":\"" + customer.updatedAt() + "\"}}}";
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
