package io.tabletheory.examples;

import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.annotation.Table;

/** The demo's stream model: a parcel whose changes a stream handler reacts to. */
@Table("tabletheory-demo-parcels")
public record DemoParcel(@PartitionKey String id, String destination, String status) {
    /** A parcel just registered. */
    static DemoParcel registered(String id, String destination) {
        return new DemoParcel(id, destination, "REGISTERED");
    }

    /** The parcel with another status. */
    DemoParcel withStatus(String newStatus) {
        return new DemoParcel(id, destination, newStatus);
    }
}
