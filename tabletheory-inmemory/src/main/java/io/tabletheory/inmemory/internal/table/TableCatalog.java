package io.tabletheory.inmemory.internal.table;

import io.tabletheory.api.error.ResourceInUseException;
import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ListTablesRequest;
import io.tabletheory.api.table.ListTablesResult;
import io.tabletheory.api.table.StreamSpecification;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.api.table.TableStatus;
import io.tabletheory.api.table.Tag;
import io.tabletheory.api.table.TimeToLiveDescription;
import io.tabletheory.api.table.TimeToLiveSpecification;
import io.tabletheory.api.table.TimeToLiveStatus;
import io.tabletheory.api.table.UpdateTableRequest;
import io.tabletheory.inmemory.ChangeListener;
import io.tabletheory.inmemory.internal.check.Constraints;
import io.tabletheory.inmemory.internal.item.Utf8;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The emulator's tables by name, and the table administration operations on them (create, describe, update, delete,
 * list, time to live, tags) with DynamoDB's validation and messages. Names are case-sensitive, as on DynamoDB.
 * Thread-safe: creating and deleting a table are atomic, and so is each UpdateTable.
 *
 * <p>Table-level changes (create, update, delete, time to live, tags) run one at a time, under one lock. Creation,
 * deletion and time-to-live changes are reported to the {@link ChangeListener} before they take effect, so the
 * listener sees them in the order they happen; a deletion also takes the table's write lock, so every item write the
 * table accepted is reported before its deletion. UpdateTable and tag changes are not reported (see {@link
 * ChangeListener}).
 */
public final class TableCatalog {
    private static final int MAX_LIST_LIMIT = 100;

    private final ConcurrentSkipListMap<String, Table> tables = new ConcurrentSkipListMap<>();
    private final Clock clock;
    private final ChangeListener listener;
    private final Object tableChanges = new Object();
    private final AtomicReference<Instant> lastStreamLabel = new AtomicReference<>(Instant.EPOCH);

    /** An empty catalog dating its tables by the system clock and reporting changes to no one. */
    public TableCatalog() {
        this(Clock.systemUTC(), ChangeListener.NONE);
    }

    /** An empty catalog dating its tables (creation, stream labels) by {@code clock}, reporting changes to no one. */
    public TableCatalog(Clock clock) {
        this(clock, ChangeListener.NONE);
    }

    /** An empty catalog dating its tables by the system clock and reporting every change to {@code listener}. */
    public TableCatalog(ChangeListener listener) {
        this(Clock.systemUTC(), listener);
    }

    /**
     * An empty catalog dating its tables (creation, stream labels) by {@code clock} and reporting every change of its
     * tables and their items to {@code listener}.
     */
    public TableCatalog(Clock clock, ChangeListener listener) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** The listener every change is reported to. */
    public ChangeListener listener() {
        return listener;
    }

    /** Validates and creates a table, returning its description ({@code ACTIVE}: usable at once). */
    public TableDescription create(CreateTableRequest request) {
        TableDefinitionValidator.validate(request);
        request.streamSpecification().ifPresent(StreamSettings::validate);
        if (!request.tags().isEmpty()) {
            TableTags.validate(request.tags(), "tags");
        }
        TableDescription definition = new TableDescription(
                request.tableName(),
                request.attributeDefinitions(),
                request.keySchema(),
                request.globalSecondaryIndexes(),
                request.localSecondaryIndexes(),
                request.billingMode(),
                TableStatus.ACTIVE,
                0);
        TableSettings settings = new TableSettings(
                clock.instant(),
                request.billingMode(),
                request.provisionedThroughput(),
                Map.of(),
                Optional.empty(),
                Optional.empty());
        Table table = new Table(
                definition,
                StreamSettings.created(
                        settings, request.streamSpecification(), streamLabelTime(request.streamSpecification())),
                listener);
        if (!request.tags().isEmpty()) {
            table.tag(request.tags());
        }
        synchronized (tableChanges) {
            if (tables.containsKey(request.tableName())) {
                throw new ResourceInUseException("Table already exists: " + request.tableName());
            }
            listener.tableCreating(request);
            try {
                tables.put(request.tableName(), table);
            } finally {
                listener.changeApplied();
            }
        }
        return table.describe(TableStatus.ACTIVE);
    }

    /**
     * Describes a table, with its live item counts and sizes. Describing ends a pending UpdateTable: the table and
     * its new indexes are ACTIVE from now on.
     */
    public TableDescription describe(String tableName) {
        Table table = adminLookup(tableName);
        table.settle();
        return table.describe(TableStatus.ACTIVE);
    }

    /**
     * Validates and applies an UpdateTable, returning the table's description as the change begins ({@code
     * UPDATING}, a new index {@code CREATING}).
     */
    public TableDescription update(UpdateTableRequest request) {
        TableUpdater.validateRequest(request);
        synchronized (tableChanges) {
            Table table = lookup(request.tableName());
            TableUpdater.apply(table, request, streamLabelTime(request.streamSpecification()));
            return table.describe(TableStatus.ACTIVE);
        }
    }

    /**
     * The time to label a stream enabled now by {@code specification}: the clock's time, or a millisecond after the
     * last label given when the clock has not moved past it (a fixed test clock), so that every stream of the
     * emulator has its own label and ARN.
     */
    private Instant streamLabelTime(Optional<StreamSpecification> specification) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (specification.filter(StreamSpecification::streamEnabled).isEmpty()) {
            return now;
        }
        return lastStreamLabel.updateAndGet(last -> now.isAfter(last) ? now : last.plusMillis(1));
    }

    /** Makes every stream label given from now on later than {@code label}'s time (labels restored from a save). */
    public void streamLabelUsed(Instant label) {
        lastStreamLabel.accumulateAndGet(label, (last, used) -> used.isAfter(last) ? used : last);
    }

    /** Adds tags to the table an ARN names. */
    public void tag(String resourceArn, List<Tag> tags) {
        String tableName = TableArns.tableName(resourceArn, "TagResource");
        TableTags.validate(tags, "tags");
        synchronized (tableChanges) {
            tagged(resourceArn, tableName).tag(tags);
        }
    }

    /** Removes tags from the table an ARN names. */
    public void untag(String resourceArn, List<String> tagKeys) {
        String tableName = TableArns.tableName(resourceArn, "UntagResource");
        TableTags.validateKeys(tagKeys);
        synchronized (tableChanges) {
            tagged(resourceArn, tableName).untag(tagKeys);
        }
    }

    /** The tags of the table an ARN names. */
    public List<Tag> tags(String resourceArn) {
        return tagged(resourceArn, TableArns.tableName(resourceArn, "ListTagsOfResource"))
                .tags();
    }

    private Table tagged(String resourceArn, String tableName) {
        Table table = tables.get(tableName);
        if (table == null) {
            throw new ResourceNotFoundException(
                    "Requested resource not found: ResourcArn: " + resourceArn + " not found");
        }
        return table;
    }

    /** Deletes a table and its items, returning its last description ({@code DELETING}, as DynamoDB reports). */
    public TableDescription delete(String tableName) {
        TableNames.validate(tableName);
        synchronized (tableChanges) {
            Table table = lookup(tableName);
            TableLocks locks = TableLocks.lock(List.of(table));
            try {
                listener.tableDeleting(tableName);
                try {
                    tables.remove(tableName);
                    table.markDeleted();
                } finally {
                    listener.changeApplied();
                }
            } finally {
                locks.close();
            }
            return table.describe(TableStatus.DELETING);
        }
    }

    /** One page of table names in name order, after {@code exclusiveStartTableName} when given. */
    public ListTablesResult list(ListTablesRequest request) {
        Constraints constraints = new Constraints();
        request.exclusiveStartTableName()
                .ifPresent(name -> TableNames.check(constraints, name, "exclusiveStartTableName"));
        if (request.limit().isPresent()) {
            int limit = request.limit().getAsInt();
            constraints.check(limit >= 1, limit, "limit", "Member must have value greater than or equal to 1");
            constraints.check(
                    limit <= MAX_LIST_LIMIT, limit, "limit", "Member must have value less than or equal to 100");
        }
        constraints.throwIfAny();
        int limit = request.limit().orElse(MAX_LIST_LIMIT);
        Iterator<String> names = request.exclusiveStartTableName()
                .map(start -> tables.tailMap(start, false).keySet().iterator())
                .orElseGet(() -> tables.keySet().iterator());
        List<String> page = new ArrayList<>();
        while (names.hasNext() && page.size() < limit) {
            page.add(names.next());
        }
        Optional<String> last = names.hasNext() ? Optional.of(page.get(page.size() - 1)) : Optional.empty();
        return new ListTablesResult(page, last);
    }

    /** Turns time to live on or off (the setting only; expiry is not applied yet). */
    public TimeToLiveSpecification updateTimeToLive(String tableName, TimeToLiveSpecification specification) {
        Constraints constraints = new Constraints();
        TableNames.check(constraints, tableName, "tableName");
        int nameLength = Utf8.length(specification.attributeName());
        constraints.check(
                nameLength >= 1,
                specification.attributeName(),
                "timeToLiveSpecification.attributeName",
                "Member must have length greater than or equal to 1");
        constraints.check(
                nameLength <= 255,
                specification.attributeName(),
                "timeToLiveSpecification.attributeName",
                "Member must have length less than or equal to 255");
        constraints.throwIfAny();
        synchronized (tableChanges) {
            Table table = lookup(tableName);
            boolean enabled = table.timeToLive().status() == TimeToLiveStatus.ENABLED;
            if (specification.enabled() && enabled) {
                throw new ValidationException("TimeToLive is already enabled");
            }
            if (!specification.enabled() && !enabled) {
                throw new ValidationException("TimeToLive is already disabled");
            }
            TimeToLiveDescription next = specification.enabled()
                    ? new TimeToLiveDescription(TimeToLiveStatus.ENABLED, Optional.of(specification.attributeName()))
                    : new TimeToLiveDescription(TimeToLiveStatus.DISABLED, Optional.empty());
            listener.timeToLiveChanging(tableName, next);
            try {
                table.timeToLive(next);
            } finally {
                listener.changeApplied();
            }
        }
        return specification;
    }

    /** A table's time-to-live setting. */
    public TimeToLiveDescription describeTimeToLive(String tableName) {
        return adminLookup(tableName).timeToLive();
    }

    /** Every table, in name order. */
    public java.util.Collection<Table> tables() {
        return java.util.List.copyOf(tables.values());
    }

    /**
     * The table of an item operation, after the request's static validation.
     *
     * @throws ResourceNotFoundException "Requested resource not found", DynamoDB's text for item operations
     */
    public Table itemTable(String tableName) {
        Table table = tables.get(tableName);
        if (table == null) {
            throw new ResourceNotFoundException("Requested resource not found");
        }
        return table;
    }

    /** The table named {@code tableName}, if it exists. */
    public Optional<Table> find(String tableName) {
        return Optional.ofNullable(tables.get(tableName));
    }

    private Table adminLookup(String tableName) {
        TableNames.validate(tableName);
        return lookup(tableName);
    }

    private Table lookup(String tableName) {
        Table table = tables.get(tableName);
        if (table == null) {
            throw notFound(tableName);
        }
        return table;
    }

    private static ResourceNotFoundException notFound(String tableName) {
        return new ResourceNotFoundException("Requested resource not found: Table: " + tableName + " not found");
    }
}
