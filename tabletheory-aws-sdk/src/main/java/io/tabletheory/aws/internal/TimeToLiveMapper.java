package io.tabletheory.aws.internal;

import io.tabletheory.api.table.TimeToLiveDescription;
import io.tabletheory.api.table.TimeToLiveSpecification;
import io.tabletheory.api.table.TimeToLiveStatus;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveResponse;

/** Maps UpdateTimeToLive and DescribeTimeToLive between the api's TTL records and the SDK's. */
public final class TimeToLiveMapper {
    private TimeToLiveMapper() {}

    /** The SDK UpdateTimeToLive request. */
    public static UpdateTimeToLiveRequest toSdk(String tableName, TimeToLiveSpecification specification) {
        return UpdateTimeToLiveRequest.builder()
                .tableName(tableName)
                .timeToLiveSpecification(
                        software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification.builder()
                                .attributeName(specification.attributeName())
                                .enabled(specification.enabled())
                                .build())
                .build();
    }

    /** The specification DynamoDB applied. */
    public static TimeToLiveSpecification fromSdk(UpdateTimeToLiveResponse response) {
        var applied = response.timeToLiveSpecification();
        return new TimeToLiveSpecification(applied.attributeName(), Boolean.TRUE.equals(applied.enabled()));
    }

    /** The api description of a table's TTL; DISABLED when DynamoDB reports no status. */
    public static TimeToLiveDescription fromSdk(DescribeTimeToLiveResponse response) {
        var description = response.timeToLiveDescription();
        if (description == null || description.timeToLiveStatusAsString() == null) {
            return new TimeToLiveDescription(TimeToLiveStatus.DISABLED, Optional.empty());
        }
        return new TimeToLiveDescription(
                TimeToLiveStatus.valueOf(description.timeToLiveStatusAsString()),
                Optional.ofNullable(description.attributeName()));
    }
}
