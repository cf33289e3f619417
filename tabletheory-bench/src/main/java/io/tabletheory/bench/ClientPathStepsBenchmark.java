package io.tabletheory.bench;

import io.tabletheory.Model;
import io.tabletheory.TableTheory;
import io.tabletheory.api.port.ItemStore;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.aws.AwsDynamoStore;
import io.tabletheory.bench.clientpath.Customer;
import io.tabletheory.bench.clientpath.Customers;
import io.tabletheory.bench.clientpath.PortStub;
import io.tabletheory.bench.clientpath.StubDynamoDbClient;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link ClientPathBenchmark}'s TableTheory record path split into its steps, each measured alone: the engine (the
 * model to the port's request, and for a get the port's item back to the model) over a port that answers from
 * memory ({@link PortStub}); the AWS adapter ({@code AwsDynamoStore}: the port's request to the SDK's, and the SDK's
 * response to the port's result) over a client that does no I/O ({@link StubDynamoDbClient}); the model to the port's
 * item and back alone ({@code Model.toItem}, {@code Model.fromItem}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class ClientPathStepsBenchmark {
    private static final String PK = Customers.customer().pk();
    private static final String SK = Customers.customer().sk();

    private Model<Customer> records;
    private Customer customer;
    private Map<String, AttributeValue> portItem;
    private PutItemRequest portPut;
    private GetItemRequest portGet;
    private ItemStore adapter;

    @Setup(Level.Trial)
    public void start() {
        customer = Customers.customer();
        Model<Customer> plain =
                TableTheory.builder().store(new PortStub(Map.of())).build().model(Customer.class);
        portItem = plain.toItem(customer);
        PortStub store = new PortStub(portItem);
        records = TableTheory.builder().store(store).build().model(Customer.class);
        records.create(customer);
        if (!records.where("pk", "=", PK).where("sk", "=", SK).first().equals(customer)) {
            throw new IllegalStateException("the record path did not read back the customer");
        }
        portPut = store.lastPut();
        portGet = store.lastGet();
        adapter = AwsDynamoStore.create(new StubDynamoDbClient());
    }

    @Benchmark
    public Customer enginePut() {
        return records.create(customer);
    }

    @Benchmark
    public Customer engineGet() {
        return records.where("pk", "=", PK).where("sk", "=", SK).first();
    }

    @Benchmark
    public Object adapterPut() {
        return adapter.putItem(portPut);
    }

    @Benchmark
    public Object adapterGet() {
        return adapter.getItem(portGet);
    }

    @Benchmark
    public Object modelToItem() {
        return records.toItem(customer);
    }

    @Benchmark
    public Customer itemToModel() {
        return records.fromItem(portItem);
    }
}
