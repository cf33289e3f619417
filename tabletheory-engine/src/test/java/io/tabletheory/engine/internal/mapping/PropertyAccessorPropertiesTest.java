package io.tabletheory.engine.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.tabletheory.AttributeConverter;
import io.tabletheory.annotation.Convert;
import io.tabletheory.annotation.OmitEmpty;
import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.api.error.ModelException;
import io.tabletheory.api.value.AttributeValue;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The method-handle accessors ({@link HandleAccessor}) against plain reflection: for records and beans with every
 * primitive the unboxed writes cover, their boxes, other scalars and nulls, each field reads the value reflection
 * reads, writes the attribute the boxed path writes, and (for beans) sets what reflection then reads.
 */
class PropertyAccessorPropertiesTest {
    private final SchemaFactory factory = new SchemaFactory(Map.of());

    /** An {@code int} stored as its text: a primitive field whose converter is not the built-in one. */
    public static final class IntAsText implements AttributeConverter<Integer> {
        @Override
        public AttributeValue toAttributeValue(Integer value) {
            return AttributeValue.ofString("#" + value);
        }

        @Override
        public Integer fromAttributeValue(AttributeValue value) {
            return Integer.valueOf(((AttributeValue.StringValue) value).value().substring(1));
        }
    }

    record Values(
            @PartitionKey String id,
            int anInt,
            long aLong,
            double aDouble,
            boolean aBoolean,
            Integer boxedInt,
            Long boxedLong,
            Double boxedDouble,
            Boolean boxedBoolean,
            short aShort,
            float aFloat,
            Instant when,
            Set<String> tags,
            @OmitEmpty int omittedInt,
            @OmitEmpty long omittedLong,
            @OmitEmpty double omittedDouble,
            @OmitEmpty boolean omittedBoolean,
            @Convert(IntAsText.class) int converted) {}

    /** The same fields as a JavaBean. */
    static final class ValuesBean {
        @PartitionKey
        private String id;

        private int anInt;
        private long aLong;
        private double aDouble;
        private boolean aBoolean;
        private Integer boxedInt;
        private Long boxedLong;
        private Double boxedDouble;
        private Boolean boxedBoolean;
        private short aShort;
        private float aFloat;
        private Instant when;
        private Set<String> tags;

        @OmitEmpty
        private int omittedInt;

        @OmitEmpty
        private long omittedLong;

        @OmitEmpty
        private double omittedDouble;

        @OmitEmpty
        private boolean omittedBoolean;

        @Convert(IntAsText.class)
        private int converted;

        ValuesBean() {}

        static ValuesBean of(Values values) throws ReflectiveOperationException {
            ValuesBean bean = new ValuesBean();
            for (RecordComponent component : Values.class.getRecordComponents()) {
                Field field = ValuesBean.class.getDeclaredField(component.getName());
                field.set(bean, component.getAccessor().invoke(values));
            }
            return bean;
        }
    }

    private static Gen<Values> values() {
        Gen<Integer> ints = integers().all();
        Gen<Long> longs = longs().all();
        // Within DynamoDB's range, and zeros without a sign (a record's equals tells -0.0 from the 0 read back).
        Gen<Double> finite = doubles().between(-1e15, 1e15).mix(doubles().fromZeroToOne(), 40);
        Gen<Double> doublesWithZeros = finite.mix(integers().between(0, 0).map(zero -> 0.0), 30);
        Gen<Long> epochSeconds = longs().between(-1_000_000_000L, 9_000_000_000L);
        Gen<Integer> nanos = integers().between(0, 999_999_999);
        Gen<Integer> intsWithZeros = ints.mix(integers().between(0, 0), 30);
        Gen<Long> longsWithZeros = longs.mix(longs().between(0, 0), 30);
        Gen<Boolean> bools = booleans().all();
        Gen<Boolean> isNull = integers().between(0, 3).map(choice -> choice == 0);
        return random -> {
            boolean nulls = isNull.generate(random);
            return new Values(
                    "id" + ints.generate(random),
                    intsWithZeros.generate(random),
                    longsWithZeros.generate(random),
                    doublesWithZeros.generate(random),
                    bools.generate(random),
                    nulls ? null : ints.generate(random),
                    nulls ? null : longs.generate(random),
                    nulls ? null : finite.generate(random),
                    nulls ? null : bools.generate(random),
                    (short) (int) ints.generate(random),
                    (float) (double) finite.generate(random),
                    nulls ? null : Instant.ofEpochSecond(epochSeconds.generate(random), nanos.generate(random)),
                    new LinkedHashSet<>(List.of("a" + ints.generate(random))), // a null set reads back empty
                    intsWithZeros.generate(random),
                    longsWithZeros.generate(random),
                    doublesWithZeros.generate(random),
                    bools.generate(random),
                    ints.generate(random));
        };
    }

    @Test
    void recordAccessors_readAndWriteWhatReflectionDoes() {
        ObjectMapping<Values> mapping = factory.schema(Values.class).mapping();
        qt().withExamples(500).forAll(values()).checkAssert(values -> {
            for (FieldMapping field : mapping.fields()) {
                Object reflected = reflectRecord(values, field.javaName());
                assertThat(field.get(values)).isEqualTo(reflected);
                assertThat(field.writeOf(values)).isEqualTo(field.write(reflected));
            }
            assertThat(mapping.read(mapping.write(values))).isEqualTo(values);
        });
    }

    @Test
    void beanAccessors_readSetAndWriteWhatReflectionDoes() {
        ObjectMapping<ValuesBean> mapping = factory.schema(ValuesBean.class).mapping();
        qt().withExamples(500).forAll(values(), values()).checkAssert((first, second) -> {
            ValuesBean bean = bean(first);
            ValuesBean other = bean(second);
            for (FieldMapping field : mapping.fields()) {
                Object reflected = reflectField(bean, field.javaName());
                assertThat(field.get(bean)).isEqualTo(reflected);
                assertThat(field.writeOf(bean)).isEqualTo(field.write(reflected));
                Object replacement = reflectField(other, field.javaName());
                field.accessor().set(bean, replacement);
                assertThat(reflectField(bean, field.javaName())).isEqualTo(replacement);
            }
            ValuesBean read = mapping.read(mapping.write(other));
            for (FieldMapping field : mapping.fields()) {
                assertThat(reflectField(read, field.javaName())).isEqualTo(reflectField(other, field.javaName()));
            }
        });
    }

    @Test
    void omittedPrimitives_writeNothingWhenEmpty_andTheCustomConverterStillWrites() {
        ObjectMapping<Values> mapping = factory.schema(Values.class).mapping();
        Values empty = new Values(
                "e", 0, 0L, -0.0, false, null, null, null, null, (short) 0, 0f, null, null, 0, 0L, -0.0, false, 7);
        Map<String, AttributeValue> item = mapping.write(empty);
        assertThat(item).doesNotContainKeys("omittedInt", "omittedLong", "omittedDouble", "omittedBoolean");
        assertThat(item)
                .containsEntry("anInt", AttributeValue.ofNumber(0))
                .containsEntry("aDouble", AttributeValue.ofNumber("0"))
                .containsEntry("aBoolean", AttributeValue.ofBoolean(false))
                .containsEntry("boxedInt", AttributeValue.ofNull())
                .containsEntry("converted", AttributeValue.ofString("#7"));
    }

    @Test
    void unstorableDoubles_failAsTheBoxedWriteDoes() {
        ObjectMapping<Values> mapping = factory.schema(Values.class).mapping();
        FieldMapping aDouble = mapping.field("aDouble").orElseThrow();
        List<String> messages = new ArrayList<>();
        for (double unstorable : new double[] {Double.NaN, Double.POSITIVE_INFINITY, 1e300, 1e-300}) {
            Values values = new Values(
                    "x",
                    1,
                    1L,
                    unstorable,
                    true,
                    null,
                    null,
                    null,
                    null,
                    (short) 1,
                    1f,
                    null,
                    null,
                    1,
                    1L,
                    1.0,
                    true,
                    1);
            Throwable boxed = catchModelException(() -> aDouble.write(unstorable));
            assertThatThrownBy(() -> aDouble.writeOf(values))
                    .isInstanceOf(ModelException.class)
                    .hasMessage(boxed.getMessage());
            messages.add(boxed.getMessage());
        }
        assertThat(messages)
                .allSatisfy(message -> assertThat(message).startsWith("Values.aDouble (attribute 'aDouble'): "));
    }

    @Test
    void aRecordAccessorThatThrows_isReportedWithTheField() {
        record Throwing(@PartitionKey String id) {
            @Override
            public String id() {
                throw new IllegalStateException("no id today");
            }
        }
        FieldMapping id = factory.schema(Throwing.class).mapping().fields().get(0);
        assertThatThrownBy(() -> id.writeOf(new Throwing("x")))
                .isInstanceOf(ModelException.class)
                .hasMessage("Throwing.id: the accessor threw java.lang.IllegalStateException: no id today")
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> id.accessor().set(new Throwing("x"), "y"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Throwing.id is a record component and cannot be set");
    }

    private static Throwable catchModelException(Runnable write) {
        try {
            write.run();
        } catch (ModelException expected) {
            return expected;
        }
        throw new AssertionError("the boxed write did not fail");
    }

    private static ValuesBean bean(Values values) {
        try {
            return ValuesBean.of(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Object reflectRecord(Values values, String name) {
        try {
            return Values.class.getDeclaredMethod(name).invoke(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Object reflectField(ValuesBean bean, String name) {
        try {
            Field field = ValuesBean.class.getDeclaredField(name);
            return field.get(bean);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
