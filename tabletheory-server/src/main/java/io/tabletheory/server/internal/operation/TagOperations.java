package io.tabletheory.server.internal.operation;

import io.tabletheory.api.port.TableStore;
import io.tabletheory.api.table.Tag;
import io.tabletheory.server.internal.json.WireObject;
import io.tabletheory.server.internal.json.WireWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The tagging operations on the wire: TagResource, UntagResource and ListTagsOfResource, each addressing a table by
 * its ARN ({@code ResourceArn}). TagResource and UntagResource answer an empty body; ListTagsOfResource answers
 * every tag at once (a table has at most 50), without a {@code NextToken}.
 */
final class TagOperations {
    private static final byte[] EMPTY = WireWriter.object(out -> {});

    private TagOperations() {}

    static List<Operation> all(TableStore admin) {
        return List.of(
                new NamedOperation("TagResource", request -> {
                    admin.tagResource(request.requiredString("ResourceArn"), tags(request, "Tags"));
                    return EMPTY;
                }),
                new NamedOperation("UntagResource", request -> {
                    admin.untagResource(request.requiredString("ResourceArn"), requiredKeys(request));
                    return EMPTY;
                }),
                new NamedOperation("ListTagsOfResource", request -> listTags(admin, request)));
    }

    /** A list of {@code Tag}s ({@code Key}, {@code Value}), empty when the member is absent. */
    static List<Tag> tags(WireObject request, String member) {
        List<Tag> tags = new ArrayList<>();
        for (WireObject tag : request.objectList(member, "Tag")) {
            tags.add(new Tag(tag.requiredString("Key"), tag.requiredString("Value")));
        }
        return tags;
    }

    private static List<String> requiredKeys(WireObject request) {
        if (!request.has("TagKeys")) {
            throw request.missing("TagKeys");
        }
        return request.stringList("TagKeys");
    }

    private static byte[] listTags(TableStore admin, WireObject request) {
        List<Tag> tags = admin.listTagsOfResource(request.requiredString("ResourceArn"));
        return WireWriter.object(out -> {
            out.json().writeArrayFieldStart("Tags");
            for (Tag tag : tags) {
                out.json().writeStartObject();
                out.json().writeStringField("Key", tag.key());
                out.json().writeStringField("Value", tag.value());
                out.json().writeEndObject();
            }
            out.json().writeEndArray();
        });
    }
}
