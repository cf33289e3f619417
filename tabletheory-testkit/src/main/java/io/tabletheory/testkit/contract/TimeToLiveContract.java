package io.tabletheory.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.table.TimeToLiveDescription;
import io.tabletheory.api.table.TimeToLiveSpecification;
import io.tabletheory.api.table.TimeToLiveStatus;
import org.junit.jupiter.api.Test;

/** UpdateTimeToLive and DescribeTimeToLive (research §1.15). Expiry itself is not part of the port contract. */
public abstract class TimeToLiveContract extends PortContract {

    @Test
    void describeTimeToLive_ofNewTable_isDisabled() {
        String table = createHashTable("ttl-new");

        TimeToLiveDescription description = store().describeTimeToLive(table);

        assertThat(description.status()).isEqualTo(TimeToLiveStatus.DISABLED);
        assertThat(description.attributeName()).isEmpty();
    }

    @Test
    void updateTimeToLive_enabling_returnsTheSpecificationAndDescribesItAsOn() {
        String table = createHashTable("ttl-enable");

        TimeToLiveSpecification applied =
                store().updateTimeToLive(table, new TimeToLiveSpecification("expiresAt", true));

        assertThat(applied).isEqualTo(new TimeToLiveSpecification("expiresAt", true));
        TimeToLiveDescription description = store().describeTimeToLive(table);
        assertThat(description.status()).isIn(TimeToLiveStatus.ENABLED, TimeToLiveStatus.ENABLING);
        assertThat(description.attributeName()).contains("expiresAt");
    }

    @Test
    void updateTimeToLive_enablingTwice_failsWithValidation() {
        String table = createHashTable("ttl-twice");
        store().updateTimeToLive(table, new TimeToLiveSpecification("expiresAt", true));

        assertValidationError(
                () -> store().updateTimeToLive(table, new TimeToLiveSpecification("expiresAt", true)),
                "TimeToLive is already enabled");
    }

    @Test
    void describeTimeToLive_ofMissingTable_failsWithResourceNotFound() {
        String table = uniqueTableName("ttl-missing");

        assertError(
                ResourceNotFoundException.class,
                () -> store().describeTimeToLive(table),
                "Requested resource not found: Table: " + table + " not found");
    }

    @Test
    void updateTimeToLive_ofMissingTable_failsWithResourceNotFound() {
        String table = uniqueTableName("ttl-missing");

        assertError(
                ResourceNotFoundException.class,
                () -> store().updateTimeToLive(table, new TimeToLiveSpecification("expiresAt", true)),
                "Requested resource not found: Table: " + table + " not found");
    }
}
