package io.tabletheory.api.stream;

import io.tabletheory.api.internal.Immutables;
import io.tabletheory.api.value.AttributeValue;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One DynamoDB Streams record: a change to one item, with the images the stream's view type carries.
 *
 * @param eventId the record's unique id ({@code eventID})
 * @param eventName INSERT, MODIFY or REMOVE
 * @param keys the item's primary key
 * @param newImage the item after the change, when the view type carries it (NEW_IMAGE, NEW_AND_OLD_IMAGES) and
 *     there is one
 * @param oldImage the item before the change, when the view type carries it (OLD_IMAGE, NEW_AND_OLD_IMAGES) and
 *     there was one
 * @param sequenceNumber the record's position in its shard; records of one item come in this order
 * @param sizeBytes the size of the record's images and keys, as DynamoDB reports it; 0 when not given
 * @param streamViewType KEYS_ONLY, NEW_IMAGE, OLD_IMAGE or NEW_AND_OLD_IMAGES, when given
 * @param approximateCreationTime when the change was made, to the second or better, when given
 * @param userIdentity who made the change, when not a client: DynamoDB's time to live
 */
public record StreamRecord(
        String eventId,
        StreamEventName eventName,
        Map<String, AttributeValue> keys,
        Optional<Map<String, AttributeValue>> newImage,
        Optional<Map<String, AttributeValue>> oldImage,
        String sequenceNumber,
        long sizeBytes,
        Optional<String> streamViewType,
        Optional<Instant> approximateCreationTime,
        Optional<UserIdentity> userIdentity) {
    /** The principal DynamoDB names as the identity of its time-to-live deletions. */
    public static final String TIME_TO_LIVE_PRINCIPAL = "dynamodb.amazonaws.com";

    public StreamRecord {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventName, "eventName");
        keys = Immutables.orderedMap(keys, "keys");
        newImage = newImage == null ? Optional.empty() : newImage.map(item -> Immutables.orderedMap(item, "newImage"));
        oldImage = oldImage == null ? Optional.empty() : oldImage.map(item -> Immutables.orderedMap(item, "oldImage"));
        Objects.requireNonNull(sequenceNumber, "sequenceNumber");
        streamViewType = streamViewType == null ? Optional.empty() : streamViewType;
        approximateCreationTime = approximateCreationTime == null ? Optional.empty() : approximateCreationTime;
        userIdentity = userIdentity == null ? Optional.empty() : userIdentity;
    }

    /** Whether DynamoDB's time to live deleted the item (a REMOVE by the service, not by a client). */
    public boolean fromTimeToLive() {
        return eventName == StreamEventName.REMOVE
                && userIdentity
                        .filter(identity -> "Service".equals(identity.type())
                                && TIME_TO_LIVE_PRINCIPAL.equals(identity.principalId()))
                        .isPresent();
    }

    /**
     * Who made a change that no client made.
     *
     * @param type {@code Service}
     * @param principalId {@code dynamodb.amazonaws.com} for time to live
     */
    public record UserIdentity(String type, String principalId) {
        public UserIdentity {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(principalId, "principalId");
        }
    }
}
