package io.tabletheory.aws.internal;

import io.tabletheory.api.table.Tag;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceResponse;

/** Maps tags between the api's {@link Tag} and the SDK's, and pages through ListTagsOfResource. */
final class TagMapper {
    private TagMapper() {}

    static List<software.amazon.awssdk.services.dynamodb.model.Tag> toSdk(List<Tag> tags) {
        List<software.amazon.awssdk.services.dynamodb.model.Tag> sdk = new ArrayList<>();
        for (Tag tag : tags) {
            sdk.add(software.amazon.awssdk.services.dynamodb.model.Tag.builder()
                    .key(tag.key())
                    .value(tag.value())
                    .build());
        }
        return sdk;
    }

    /** Every tag of a resource, following {@code NextToken} until the last page. */
    static List<Tag> list(
            java.util.function.Function<ListTagsOfResourceRequest, ListTagsOfResourceResponse> call,
            String resourceArn) {
        List<Tag> tags = new ArrayList<>();
        String next = null;
        do {
            ListTagsOfResourceResponse page = call.apply(ListTagsOfResourceRequest.builder()
                    .resourceArn(resourceArn)
                    .nextToken(next)
                    .build());
            page.tags().forEach(tag -> tags.add(new Tag(tag.key(), tag.value() == null ? "" : tag.value())));
            next = page.nextToken();
        } while (next != null);
        return List.copyOf(tags);
    }
}
