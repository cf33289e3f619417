package io.tabletheory.server.internal.journal;

import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.table.ListTablesRequest;
import io.tabletheory.api.table.TimeToLiveDescription;
import io.tabletheory.api.table.TimeToLiveSpecification;
import io.tabletheory.api.table.TimeToLiveStatus;
import io.tabletheory.inmemory.ChangeListener.ItemWrite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Applies journal records to a store through its ports, each as setting a state rather than repeating a request: an
 * item becomes the journaled item (or is deleted), a created table replaces one of its name, a time-to-live setting
 * becomes the journaled one. So a record applied on a snapshot that already holds it, or holds a later state of the
 * same things, leaves what the journal says; that is what lets a snapshot be taken while writes go on ({@code
 * DataDirectory}). A write to a table the store does not have is skipped: the table was deleted after the write, and
 * its deletion was in the part of the journal a snapshot replaced.
 */
public final class JournalReplay {
    /** Records decoded ahead in one hand-over. */
    private static final int BATCH = 256;

    private final DynamoStore store;

    /** Replays into {@code store}. */
    public JournalReplay(DynamoStore store) {
        this.store = store;
    }

    /**
     * Replays every whole record of journal file {@code file}, in order. Reading and decoding run on a thread of
     * their own, a few hundred records ahead of the records being applied here.
     *
     * @return where the whole records end, and whether bytes follow them
     * @throws IllegalStateException when a record cannot be read or applied; the message names the file and record
     */
    public SegmentOutcome replay(Path file) {
        BlockingQueue<List<JournalRecord>> decoded = new ArrayBlockingQueue<>(16);
        AtomicBoolean abandoned = new AtomicBoolean();
        CompletableFuture<SegmentOutcome> reading = CompletableFuture.supplyAsync(
                () -> readInto(file, decoded, abandoned), runnable -> startReader(runnable, file));
        long index = 0;
        try {
            while (true) {
                List<JournalRecord> batch = decoded.take();
                if (batch.isEmpty()) {
                    break;
                }
                for (JournalRecord record : batch) {
                    index++;
                    try {
                        apply(record);
                    } catch (RuntimeException invalid) {
                        throw new IllegalStateException(
                                "cannot replay record " + index + " of journal file " + file + ": "
                                        + invalid.getMessage(),
                                invalid);
                    }
                }
            }
            return reading.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying journal file " + file, interrupted);
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        } finally {
            abandoned.set(true);
        }
    }

    /** Reads and decodes {@code file} into batches; an empty batch ends them, also when reading fails. */
    private static SegmentOutcome readInto(
            Path file, BlockingQueue<List<JournalRecord>> decoded, AtomicBoolean abandoned) {
        List<JournalRecord> batch = new ArrayList<>(BATCH);
        long[] index = {0};
        try {
            SegmentOutcome outcome = SegmentReader.read(file, payload -> {
                index[0]++;
                try {
                    batch.add(RecordCodec.decode(payload));
                } catch (RuntimeException invalid) {
                    throw new IllegalStateException(
                            "cannot read record " + index[0] + " of journal file " + file + ": " + invalid.getMessage(),
                            invalid);
                }
                if (batch.size() == BATCH) {
                    put(decoded, List.copyOf(batch), abandoned);
                    batch.clear();
                }
            });
            if (!batch.isEmpty()) {
                put(decoded, List.copyOf(batch), abandoned);
            }
            return outcome;
        } finally {
            put(decoded, List.of(), abandoned);
        }
    }

    /** Hands a batch over, unless the replay was abandoned (its applying thread failed and takes no more). */
    private static void put(
            BlockingQueue<List<JournalRecord>> decoded, List<JournalRecord> batch, AtomicBoolean abandoned) {
        try {
            while (!decoded.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (abandoned.get()) {
                    throw new CancellationException("replay abandoned");
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CancellationException("replay abandoned");
        }
    }

    private static void startReader(Runnable reader, Path file) {
        Thread thread = new Thread(reader, "tabletheory-journal-reader " + file.getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    /** Applies one record. */
    void apply(JournalRecord record) {
        record.accept(new JournalRecord.Visitor<Void>() {
            @Override
            public Void visitItemWrites(JournalRecord.ItemWrites writes) {
                writes.writes().forEach(JournalReplay.this::write);
                return null;
            }

            @Override
            public Void visitTableCreated(JournalRecord.TableCreated created) {
                if (exists(created.table().tableName())) {
                    store.deleteTable(created.table().tableName());
                }
                store.createTable(created.table());
                return null;
            }

            @Override
            public Void visitTimeToLiveChanged(JournalRecord.TimeToLiveChanged changed) {
                if (exists(changed.tableName())) {
                    setTimeToLive(changed.tableName(), changed.timeToLive());
                }
                return null;
            }

            @Override
            public Void visitTableDeleted(JournalRecord.TableDeleted deleted) {
                if (exists(deleted.tableName())) {
                    store.deleteTable(deleted.tableName());
                }
                return null;
            }
        });
    }

    private void write(ItemWrite write) {
        try {
            if (write.item().isPresent()) {
                store.putItem(
                        PutItemRequest.builder(write.tableName(), write.item().get())
                                .build());
            } else {
                store.deleteItem(DeleteItemRequest.builder(write.tableName(), write.key())
                        .build());
            }
        } catch (ResourceNotFoundException deletedLater) {
            // the table's deletion follows in the journal, or a snapshot replaced it
        }
    }

    private void setTimeToLive(String tableName, TimeToLiveDescription wanted) {
        TimeToLiveDescription current = store.describeTimeToLive(tableName);
        Optional<String> currentAttribute =
                current.status() == TimeToLiveStatus.ENABLED ? current.attributeName() : Optional.empty();
        Optional<String> wantedAttribute =
                wanted.status() == TimeToLiveStatus.ENABLED ? wanted.attributeName() : Optional.empty();
        if (currentAttribute.equals(wantedAttribute)) {
            return;
        }
        if (currentAttribute.isPresent()) {
            store.updateTimeToLive(tableName, new TimeToLiveSpecification(currentAttribute.get(), false));
        }
        if (wantedAttribute.isPresent()) {
            store.updateTimeToLive(tableName, new TimeToLiveSpecification(wantedAttribute.get(), true));
        }
    }

    private boolean exists(String tableName) {
        Optional<String> start = Optional.empty();
        do {
            var page = store.listTables(new ListTablesRequest(start, OptionalInt.empty()));
            if (page.tableNames().contains(tableName)) {
                return true;
            }
            start = page.lastEvaluatedTableName();
        } while (start.isPresent());
        return false;
    }
}
