package io.tabletheory.inmemory.internal.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.tabletheory.api.request.ConsumedCapacity;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CapacityUnitsTest {
    @Test
    void reads_costOneUnitPer4KbStarted_halfWhenEventuallyConsistent() {
        assertThat(CapacityUnits.read(0, true)).isEqualTo(1.0);
        assertThat(CapacityUnits.read(0, false)).isEqualTo(0.5);
        assertThat(CapacityUnits.read(4096, true)).isEqualTo(1.0);
        assertThat(CapacityUnits.read(4097, true)).isEqualTo(2.0);
        assertThat(CapacityUnits.read(4097, false)).isEqualTo(1.0);
        assertThat(CapacityUnits.read(409_600, true)).isEqualTo(100.0);
    }

    @Test
    void writes_costOneUnitPerKbStarted() {
        assertThat(CapacityUnits.write(0)).isEqualTo(1.0);
        assertThat(CapacityUnits.write(1024)).isEqualTo(1.0);
        assertThat(CapacityUnits.write(1025)).isEqualTo(2.0);
        assertThat(CapacityUnits.write(409_600)).isEqualTo(400.0);
    }

    @Test
    void indexWrites_dependOnWhatHappenedToTheEntry() {
        assertThat(CapacityUnits.indexWrite(-1, -1, false)).isZero();
        assertThat(CapacityUnits.indexWrite(-1, 2000, false)).isEqualTo(2.0);
        assertThat(CapacityUnits.indexWrite(500, -1, false)).isEqualTo(1.0);
        assertThat(CapacityUnits.indexWrite(500, 2000, true)).isEqualTo(3.0);
        assertThat(CapacityUnits.indexWrite(500, 2000, false)).isEqualTo(2.0);
    }

    @Test
    void units_growWithSize_andEventualReadsCostHalf() {
        qt().forAll(longs().between(0, 16_000_000), longs().between(0, 16_000_000))
                .checkAssert((a, b) -> {
                    long small = Math.min(a, b);
                    long large = Math.max(a, b);
                    assertThat(CapacityUnits.read(small, true)).isLessThanOrEqualTo(CapacityUnits.read(large, true));
                    assertThat(CapacityUnits.write(small)).isLessThanOrEqualTo(CapacityUnits.write(large));
                    assertThat(CapacityUnits.read(a, false)).isEqualTo(CapacityUnits.read(a, true) / 2);
                });
    }

    @Test
    void reports_followReturnConsumedCapacity() {
        assertThat(CapacityReports.read(ReturnConsumedCapacity.NONE, "t", Optional.empty(), false, () -> 1))
                .isEmpty();
        assertThat(CapacityReports.read(ReturnConsumedCapacity.TOTAL, "t", Optional.empty(), false, () -> 1.5))
                .contains(ConsumedCapacity.total("t", 1.5, 0));

        ConsumedCapacity indexes = CapacityReports.write(
                        ReturnConsumedCapacity.INDEXES, "t", 2, Map.of("gsi", 1.0), Map.of("lsi", 3.0))
                .orElseThrow();
        assertThat(indexes.capacityUnits()).isEqualTo(6.0);
        assertThat(indexes.writeCapacityUnits()).isEqualTo(6.0);
        assertThat(indexes.table())
                .hasValueSatisfying(table -> assertThat(table.capacityUnits()).isEqualTo(2.0));
        assertThat(indexes.globalSecondaryIndexes().get("gsi").capacityUnits()).isEqualTo(1.0);
        assertThat(indexes.localSecondaryIndexes().get("lsi").capacityUnits()).isEqualTo(3.0);
    }
}
