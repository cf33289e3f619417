package io.tabletheory.examples;

import io.tabletheory.ModelStreamRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The demo's stream handler: what a Lambda function on the parcels table's stream would do with each typed record
 * (tell the customer a parcel was registered, moved on, or removed). It keeps the messages it would send.
 */
final class ParcelNotifier implements Consumer<ModelStreamRecord<DemoParcel>> {
    private final List<String> sent = new ArrayList<>();

    @Override
    public void accept(ModelStreamRecord<DemoParcel> change) {
        switch (change.eventName()) {
            case INSERT -> {
                DemoParcel parcel = change.newImage().orElseThrow();
                sent.add("parcel " + parcel.id() + " registered for " + parcel.destination());
            }
            case MODIFY -> {
                DemoParcel before = change.oldImage().orElseThrow();
                DemoParcel after = change.newImage().orElseThrow();
                if (!Objects.equals(before.status(), after.status())) {
                    sent.add("parcel " + after.id() + ": " + before.status() + " -> " + after.status());
                }
            }
            case REMOVE -> sent.add("parcel " + change.oldImage().orElseThrow().id() + " removed"
                    + (change.fromTimeToLive() ? " (expired)" : ""));
        }
    }

    /** The messages sent so far, in order. */
    List<String> sent() {
        return List.copyOf(sent);
    }
}
