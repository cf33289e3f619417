package io.tabletheory.testkit;

import io.tabletheory.TableTheory;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that gives each test a {@link TableTheory} on a fresh {@link InMemoryDynamoStore}, with the tables
 * of the named models already created. Nothing to start or stop: the emulator lives in the test's JVM.
 *
 * <p>Register it in a field. An instance field gives every test its own empty store; a static field gives one
 * store to the whole class (tests then share data, like a database shared by a test class):
 *
 * <pre>{@code
 * class UserServiceTest {
 *     @RegisterExtension
 *     final TableTheoryExtension tables = TableTheoryExtension.inMemory().withModels(User.class);
 *
 *     @Test
 *     void signUp_createsTheUser(TableTheory db) {       // or tables.tableTheory()
 *         new UserService(db).signUp("u1", "ada@example.com");
 *         assertThat(db.model(User.class).where("id", "=", "u1").where("sk", "=", "PROFILE").first()).isNotNull();
 *     }
 * }
 * }</pre>
 *
 * <p>Test and lifecycle methods may declare parameters of type {@link TableTheory}, {@link InMemoryDynamoStore} or
 * {@link DynamoStore}. Registered with {@code @ExtendWith(TableTheoryExtension.class)} instead, it creates the
 * tables listed by {@link TableTheoryModels} on the test class, fresh for every test.
 *
 * <p>Configuration methods ({@link #withModels}, {@link #withClock}) return a new extension and leave this one
 * unchanged.
 */
public final class TableTheoryExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
    private final List<Class<?>> models;
    private final Clock clock;
    private final boolean declarative;
    private volatile boolean perClass;
    private volatile Environment current;

    /**
     * For {@code @ExtendWith(TableTheoryExtension.class)}: an in-memory store per test, with the tables of the
     * class's {@link TableTheoryModels}. In code, use {@link #inMemory()}.
     */
    public TableTheoryExtension() {
        this(List.of(), Clock.systemUTC(), true);
    }

    private TableTheoryExtension(List<Class<?>> models, Clock clock, boolean declarative) {
        this.models = List.copyOf(models);
        this.clock = clock;
        this.declarative = declarative;
    }

    /** An extension backed by a fresh {@link InMemoryDynamoStore}, with no tables. */
    public static TableTheoryExtension inMemory() {
        return new TableTheoryExtension(List.of(), Clock.systemUTC(), false);
    }

    /** The same extension, also creating the tables of these models (from their annotations) in every store. */
    public TableTheoryExtension withModels(Class<?>... models) {
        List<Class<?>> all = new java.util.ArrayList<>(this.models);
        for (Class<?> model : models) {
            all.add(Objects.requireNonNull(model, "model"));
        }
        return new TableTheoryExtension(all, clock, declarative);
    }

    /**
     * The same extension with this clock for the emulator and for {@code @CreatedAt}/{@code @UpdatedAt}, so tests
     * can pin timestamps ({@code Clock.fixed(...)}) and time to live.
     */
    public TableTheoryExtension withClock(Clock clock) {
        return new TableTheoryExtension(models, Objects.requireNonNull(clock, "clock"), declarative);
    }

    /**
     * The {@link TableTheory} of the running test (or class, for a static field).
     *
     * @throws IllegalStateException outside a test
     */
    public TableTheory tableTheory() {
        return environment().tableTheory();
    }

    /**
     * The in-memory store of the running test (or class, for a static field).
     *
     * @throws IllegalStateException outside a test
     */
    public InMemoryDynamoStore store() {
        return environment().store();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!declarative) {
            perClass = true;
            current = Environment.create(models, clock);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (declarative) {
            current = Environment.create(declaredModels(context), clock);
        } else if (!perClass) {
            current = Environment.create(models, clock);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TableTheory.class || type == InMemoryDynamoStore.class || type == DynamoStore.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Environment environment = current;
        if (environment == null) {
            throw new ParameterResolutionException("TableTheoryExtension has no store yet for "
                    + parameter.getParameter() + "; a @BeforeAll method gets one only from a static extension field");
        }
        Class<?> type = parameter.getParameter().getType();
        return type == TableTheory.class ? environment.tableTheory() : environment.store();
    }

    private Environment environment() {
        Environment environment = current;
        if (environment == null) {
            throw new IllegalStateException("TableTheoryExtension is used outside a test: register it with"
                    + " @RegisterExtension and call it from a test or lifecycle method");
        }
        return environment;
    }

    private List<Class<?>> declaredModels(ExtensionContext context) {
        Optional<TableTheoryModels> declared =
                context.getTestClass().map(testClass -> testClass.getAnnotation(TableTheoryModels.class));
        return declared.map(annotation -> List.of(annotation.value())).orElse(List.of());
    }

    /** One store and its TableTheory, with the models' tables created. */
    private record Environment(InMemoryDynamoStore store, TableTheory tableTheory) {
        static Environment create(List<Class<?>> models, Clock clock) {
            InMemoryDynamoStore store = InMemoryDynamoStore.create(clock);
            TableTheory tableTheory =
                    TableTheory.builder().store(store).clock(clock).build();
            for (Class<?> model : models) {
                tableTheory.createTable(model);
            }
            return new Environment(store, tableTheory);
        }
    }
}
