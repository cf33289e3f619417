package io.tabletheory.inmemory.internal.stream;

import io.tabletheory.inmemory.SavedStream;
import io.tabletheory.inmemory.internal.table.Table;
import io.tabletheory.inmemory.internal.table.TableSettings;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Streams to and from their saved form ({@link SavedStream}), for a data directory: saving reads each stream and its
 * shard; restoring rebuilds them, replaces the registry's streams, and gives each table the label of its newest saved
 * stream (the table was loaded from its definition, which does not carry the label).
 */
final class StreamStates {
    private StreamStates() {}

    static List<SavedStream> save(StreamRegistry registry) {
        return registry.all().stream().map(StreamStates::save).toList();
    }

    private static SavedStream save(TableStream stream) {
        StreamShard shard = stream.shard();
        synchronized (shard) {
            return new SavedStream(
                    stream.tableName(),
                    stream.label(),
                    stream.viewType(),
                    stream.keySchema(),
                    stream.created(),
                    stream.disabled(),
                    shard.shardId(),
                    shard.start(),
                    shard.lastSequence(),
                    shard.trimHorizon(),
                    shard.ending(),
                    shard.records().stream()
                            .map(record -> new SavedStream.Record(record.created(), record.record()))
                            .toList());
        }
    }

    static void restore(StreamRegistry registry, List<SavedStream> saved, Function<String, Optional<Table>> tables) {
        registry.restore(saved.stream().map(StreamStates::restore).toList());
        Map<String, Optional<SavedStream>> newest = saved.stream()
                .collect(Collectors.groupingBy(
                        SavedStream::tableName, Collectors.maxBy(Comparator.comparing(SavedStream::label))));
        newest.forEach((tableName, stream) ->
                tables.apply(tableName).ifPresent(table -> stream.ifPresent(latest -> relabel(table, latest.label()))));
    }

    private static void relabel(Table table, String label) {
        TableSettings settings = table.settings();
        table.changeSettings(new TableSettings(
                settings.created(),
                settings.billingMode(),
                settings.provisionedThroughput(),
                settings.indexThroughput(),
                settings.streamSpecification(),
                Optional.of(label)));
        table.settle();
    }

    private static TableStream restore(SavedStream saved) {
        StreamShard shard = new StreamShard(saved.shardId(), saved.startingSequenceNumber());
        OptionalLong ending = saved.endingSequenceNumber();
        shard.restore(
                saved.records().stream()
                        .map(record -> new StoredRecord(
                                SequenceNumbers.parse(record.record().sequenceNumber())
                                        .orElseThrow(() -> new IllegalArgumentException("saved stream record "
                                                + record.record().eventId() + " has the sequence number "
                                                + record.record().sequenceNumber() + ", not a number")),
                                record.created(),
                                record.record()))
                        .toList(),
                saved.lastSequenceNumber(),
                saved.trimmedThrough(),
                ending.isPresent() ? ending.getAsLong() : -1);
        return new TableStream(
                saved.tableName(),
                saved.label(),
                saved.viewType(),
                saved.keySchema(),
                saved.created(),
                shard,
                saved.disabled());
    }
}
