package io.tabletheory.bench;

import io.tabletheory.Model;
import io.tabletheory.TableTheory;
import io.tabletheory.aws.AwsDynamoStore;
import io.tabletheory.bench.clientpath.CannedHttpClient;
import io.tabletheory.bench.clientpath.Customer;
import io.tabletheory.bench.clientpath.CustomerBean;
import io.tabletheory.bench.clientpath.Customers;
import io.tabletheory.bench.clientpath.StubDynamoDbClient;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The client path (issue 17): one PutItem and one GetItem of a 12-attribute item ({@link Customer}), from the user's
 * object to the SDK and back, by four contenders over the same {@code DynamoDbClient}: the raw SDK mapped by hand
 * (the baseline), the SDK's Enhanced Client with a bean schema, and TableTheory through {@code AwsDynamoStore} with a
 * record and with a bean. The client is {@link Pipeline#STUB}, which does no I/O and runs none of the SDK's pipeline
 * (the contenders' own cost), or {@link Pipeline#SDK}, the SDK's whole pipeline over an HTTP client that answers from
 * memory (what a user sees, less the network). Read with {@code -prof gc}: {@code gc.alloc.rate.norm} is the bytes
 * one call allocates, whatever the machine's load.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 20, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class ClientPathBenchmark {
    /** What the contenders' {@code DynamoDbClient} runs. */
    public enum Pipeline {
        /** A client that does no I/O and no marshalling ({@link StubDynamoDbClient}). */
        STUB,
        /** The SDK's own client over an HTTP client that answers from memory ({@link CannedHttpClient}). */
        SDK
    }

    private static final String PK = Customers.customer().pk();
    private static final String SK = Customers.customer().sk();

    @Param
    public Pipeline pipeline;

    private DynamoDbClient client;
    private DynamoDbTable<CustomerBean> enhanced;
    private Model<Customer> records;
    private Model<CustomerBean> beans;
    private Customer customer;
    private CustomerBean bean;
    private CustomerBean enhancedCustomer;

    @Setup(Level.Trial)
    public void start() {
        client = pipeline == Pipeline.STUB ? new StubDynamoDbClient() : CannedHttpClient.client();
        enhanced = DynamoDbEnhancedClient.builder()
                .dynamoDbClient(client)
                .build()
                .table(Customers.TABLE, TableSchema.fromBean(CustomerBean.class));
        TableTheory tableTheory =
                TableTheory.builder().store(AwsDynamoStore.create(client)).build();
        records = tableTheory.model(Customer.class);
        beans = tableTheory.model(CustomerBean.class);
        customer = Customers.customer();
        bean = CustomerBean.of(customer);
        enhancedCustomer = CustomerBean.of(customer);
        check();
    }

    /** Every contender reads back the customer it was given, so they all do the same work. */
    private void check() {
        require("raw SDK", rawGet().equals(customer));
        require("TableTheory record", recordGet().equals(customer));
        require("TableTheory bean", beanGet().getName().equals(customer.name()));
        CustomerBean read = enhancedGet();
        require(
                "Enhanced Client",
                read.getName().equals(customer.name()) && read.getTags().equals(customer.tags()));
        require("TableTheory put", recordPut().equals(customer));
    }

    private static void require(String contender, boolean held) {
        if (!held) {
            throw new IllegalStateException(contender + " did not read back the customer it was given");
        }
    }

    @Benchmark
    public Object rawPut() {
        return client.putItem(Customers.putRequest(customer));
    }

    @Benchmark
    public Customer rawGet() {
        return Customers.fromSdkItem(
                client.getItem(Customers.getRequest(PK, SK)).item());
    }

    @Benchmark
    public CustomerBean enhancedPut() {
        enhanced.putItem(enhancedCustomer);
        return enhancedCustomer;
    }

    @Benchmark
    public CustomerBean enhancedGet() {
        return enhanced.getItem(Key.builder().partitionValue(PK).sortValue(SK).build());
    }

    @Benchmark
    public Customer recordPut() {
        return records.create(customer);
    }

    @Benchmark
    public Customer recordGet() {
        return records.where("pk", "=", PK).where("sk", "=", SK).first();
    }

    @Benchmark
    public CustomerBean beanPut() {
        return beans.create(bean);
    }

    @Benchmark
    public CustomerBean beanGet() {
        return beans.where("pk", "=", PK).where("sk", "=", SK).first();
    }
}
