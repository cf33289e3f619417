package io.tabletheory.testkit;

import io.tabletheory.TableTheory;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
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
 * <p>Isolation: by default every test gets its own empty store, whatever the test instance lifecycle
 * ({@code PER_METHOD} or {@code PER_CLASS}) and also when tests run in parallel. Tests share one store only when asked:
 * the extension is in a {@code static} field, or configured with {@link #sharedAcrossTests()}; then every test of
 * the class sees the same data, like a database shared by a test class.
 *
 * <p>Test and lifecycle methods may declare parameters of type {@link TableTheory}, {@link InMemoryDynamoStore} or
 * {@link DynamoStore}; that is the reliable way in parallel runs. {@link #tableTheory()} and {@link #store()} answer
 * for the test running on the calling thread (or a thread it started). Registered with
 * {@code @ExtendWith(TableTheoryExtension.class)} instead, it creates the tables listed by
 * {@link TableTheoryModels} on the test class, fresh for every test.
 *
 * <p>Configuration methods ({@link #withModels}, {@link #withClock}, {@link #sharedAcrossTests()}) return a new
 * extension and leave this one unchanged. The stores live in JUnit's {@link ExtensionContext.Store}, per test (or
 * per class when shared), and are dropped with it.
 */
public final class TableTheoryExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(TableTheoryExtension.class);

    private final List<Class<?>> models;
    private final Clock clock;
    private final boolean declarative;
    private final boolean shared;
    private final InheritableThreadLocal<Environment> running = new InheritableThreadLocal<>();
    private volatile Environment sharedEnvironment;

    /**
     * For {@code @ExtendWith(TableTheoryExtension.class)}: an in-memory store per test, with the tables of the
     * class's {@link TableTheoryModels}. In code, use {@link #inMemory()}.
     */
    public TableTheoryExtension() {
        this(List.of(), Clock.systemUTC(), true, false);
    }

    private TableTheoryExtension(List<Class<?>> models, Clock clock, boolean declarative, boolean shared) {
        this.models = List.copyOf(models);
        this.clock = clock;
        this.declarative = declarative;
        this.shared = shared;
    }

    /** An extension backed by a fresh {@link InMemoryDynamoStore} per test, with no tables. */
    public static TableTheoryExtension inMemory() {
        return new TableTheoryExtension(List.of(), Clock.systemUTC(), false, false);
    }

    /** The same extension, also creating the tables of these models (from their annotations) in every store. */
    public TableTheoryExtension withModels(Class<?>... models) {
        List<Class<?>> all = new java.util.ArrayList<>(this.models);
        for (Class<?> model : models) {
            all.add(Objects.requireNonNull(model, "model"));
        }
        return new TableTheoryExtension(all, clock, declarative, shared);
    }

    /**
     * The same extension with this clock for the emulator and for {@code @CreatedAt}/{@code @UpdatedAt}, so tests
     * can pin timestamps ({@code Clock.fixed(...)}) and time to live.
     */
    public TableTheoryExtension withClock(Clock clock) {
        return new TableTheoryExtension(models, Objects.requireNonNull(clock, "clock"), declarative, shared);
    }

    /**
     * The same extension, giving all tests of a class one store (created before the first of them), even from an
     * instance field. Tests then see each other's data; in a parallel run, they write to it concurrently.
     */
    public TableTheoryExtension sharedAcrossTests() {
        return new TableTheoryExtension(models, clock, declarative, true);
    }

    /**
     * The {@link TableTheory} of the test running on this thread (or of the class, when shared).
     *
     * @throws IllegalStateException outside a test
     */
    public TableTheory tableTheory() {
        return environment().tableTheory();
    }

    /**
     * The in-memory store of the test running on this thread (or of the class, when shared).
     *
     * @throws IllegalStateException outside a test
     */
    public InMemoryDynamoStore store() {
        return environment().store();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (isShared(context)) {
            sharedEnvironment = classEnvironment(context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Environment environment;
        if (isShared(context)) {
            environment = classEnvironment(context);
            sharedEnvironment = environment;
        } else {
            environment = Environment.create(declarative ? declaredModels(context) : models, clock);
            context.getStore(NAMESPACE).put(this, environment);
        }
        running.set(environment);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        running.remove();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TableTheory.class || type == InMemoryDynamoStore.class || type == DynamoStore.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Environment environment = isShared(context)
                ? classEnvironment(context)
                : context.getTestMethod().isPresent()
                        ? context.getStore(NAMESPACE).get(this, Environment.class)
                        : null;
        if (environment == null) {
            throw new ParameterResolutionException("TableTheoryExtension has no store yet for "
                    + parameter.getParameter() + "; a @BeforeAll method gets one only from a static extension field"
                    + " or a sharedAcrossTests() extension");
        }
        Class<?> type = parameter.getParameter().getType();
        return type == TableTheory.class ? environment.tableTheory() : environment.store();
    }

    private Environment environment() {
        Environment environment = running.get();
        if (environment == null) {
            environment = sharedEnvironment;
        }
        if (environment == null) {
            throw new IllegalStateException("TableTheoryExtension is used outside a test: register it with"
                    + " @RegisterExtension and call it from a test or lifecycle method (or take a TableTheory"
                    + " parameter)");
        }
        return environment;
    }

    /** Whether the tests of this class share one store: asked for, or the extension sits in a static field. */
    private boolean isShared(ExtensionContext context) {
        return shared || context.getTestClass().map(this::heldStatically).orElse(false);
    }

    private boolean heldStatically(Class<?> testClass) {
        for (Class<?> type = testClass; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == TableTheoryExtension.class) {
                    try {
                        field.setAccessible(true);
                        if (field.get(null) == this) {
                            return true;
                        }
                    } catch (ReflectiveOperationException | RuntimeException inaccessible) {
                        // a field we cannot read is not ours to judge; keep looking
                    }
                }
            }
        }
        return false;
    }

    /** The store of the test class (created by the first test or @BeforeAll that needs it). */
    private Environment classEnvironment(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent()
                && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        List<Class<?>> tables = declarative ? declaredModels(context) : models;
        return classContext
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        new SharedKey(tables, clock), key -> Environment.create(tables, clock), Environment.class);
    }

    private List<Class<?>> declaredModels(ExtensionContext context) {
        Optional<TableTheoryModels> declared =
                context.getTestClass().map(testClass -> testClass.getAnnotation(TableTheoryModels.class));
        return declared.map(annotation -> List.of(annotation.value())).orElse(List.of());
    }

    /** Identifies a class's shared store: the same tables and clock share one. */
    private record SharedKey(List<Class<?>> models, Clock clock) {}

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
