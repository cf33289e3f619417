package io.tabletheory.examples;

import io.tabletheory.Model;
import io.tabletheory.TableTheory;
import io.tabletheory.api.port.StreamStore;
import io.tabletheory.testkit.StreamCapture;

/**
 * The demo's step for DynamoDB Streams, on any backend that serves them: a table with a stream, three writes, and a
 * stream handler ({@link ParcelNotifier}) that receives each change as a typed record, read through the stream port
 * with the testkit's {@link StreamCapture}.
 */
final class StreamsWalkthrough {
    private final TableTheory db;
    private final StreamStore streams;
    private final Narration narration;
    private final DemoTables tables;

    StreamsWalkthrough(TableTheory db, StreamStore streams, Narration narration) {
        this.db = db;
        this.streams = streams;
        this.narration = narration;
        this.tables = new DemoTables(db, narration);
    }

    void run() {
        Model<DemoParcel> parcels = db.model(DemoParcel.class);
        tables.dropLeftover(DemoParcel.class);
        tables.create(DemoParcel.class);
        StreamCapture stream = StreamCapture.start(db.store(), streams, parcels.tableName());
        narration.skipOperations();

        narration.title("A stream handler reacting to writes (DynamoDB Streams, typed records)");
        DemoParcel parcel = parcels.create(DemoParcel.registered("parcel-7", "Oslo"));
        parcels.update(parcel.withStatus("SHIPPED"), "status");
        parcels.update(parcel.withStatus("SHIPPED"), "status");
        parcels.delete(parcel);
        narration.operations();
        narration.result("four writes; the second update changed nothing, so the stream has no record of it");
        ParcelNotifier notifier = new ParcelNotifier();
        int delivered = stream.deliverTo(parcels, notifier);
        narration.result(delivered + " records from stream " + stream.streamArn());
        notifier.sent().forEach(message -> narration.result("handler: " + message));
        narration.skipOperations();

        tables.delete(DemoParcel.class);
        narration.skipOperations();
    }
}
