package io.tabletheory.inmemory.internal.table;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.table.Tag;
import io.tabletheory.inmemory.internal.check.Constraints;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tags of one {@link Table}, in the order their keys were first added, with DynamoDB's limits: tag keys of 1 to
 * 128 and values of 0 to 256 characters (request-model constraints, reported as {@link Constraints} does), keys not
 * starting with {@code aws:}, and at most 50 tags on a table. Adding a key the table has replaces its value. Methods
 * are synchronized: each call is atomic.
 */
final class TableTags {
    static final int MAX_TAGS = 50;
    private static final int MAX_KEY_LENGTH = 128;
    private static final int MAX_VALUE_LENGTH = 256;

    private final Map<String, String> tags = new LinkedHashMap<>();

    /**
     * Checks tags about to be added (by TagResource or CreateTable) before any table is looked up.
     *
     * @throws ValidationException for an empty list, a key or value of the wrong length, or a reserved key
     */
    static void validate(List<Tag> tags, String field) {
        if (tags.isEmpty()) {
            throw new ValidationException("Atleast one Tag needs to be provided as Input.");
        }
        Constraints constraints = new Constraints();
        for (int index = 0; index < tags.size(); index++) {
            Tag tag = tags.get(index);
            String member = field + "." + (index + 1) + ".member.";
            int keyLength = tag.key().codePointCount(0, tag.key().length());
            constraints.check(
                    keyLength >= 1, tag.key(), member + "key", "Member must have length greater than or equal to 1");
            constraints.check(
                    keyLength <= MAX_KEY_LENGTH,
                    tag.key(),
                    member + "key",
                    "Member must have length less than or equal to " + MAX_KEY_LENGTH);
            constraints.check(
                    tag.value().codePointCount(0, tag.value().length()) <= MAX_VALUE_LENGTH,
                    tag.value(),
                    member + "value",
                    "Member must have length less than or equal to " + MAX_VALUE_LENGTH);
        }
        constraints.throwIfAny();
        for (Tag tag : tags) {
            if (tag.key().regionMatches(true, 0, "aws:", 0, 4)) {
                throw new ValidationException("One or more parameter values were invalid: Tag key " + tag.key()
                        + " uses the prefix aws:, which is reserved for AWS");
            }
        }
    }

    /** Checks the keys UntagResource is given. */
    static void validateKeys(List<String> keys) {
        if (keys.isEmpty()) {
            throw new ValidationException("Atleast one Tag Key needs to be provided as Input.");
        }
    }

    /**
     * Adds validated tags, replacing the values of keys already present.
     *
     * @throws ValidationException when the table would have more than 50 tags; nothing changes then
     */
    synchronized void add(List<Tag> added) {
        Map<String, String> next = new LinkedHashMap<>(tags);
        added.forEach(tag -> next.put(tag.key(), tag.value()));
        if (next.size() > MAX_TAGS) {
            throw new ValidationException("One or more parameter values were invalid: The table would have "
                    + next.size() + " tags; a table can have at most " + MAX_TAGS);
        }
        tags.clear();
        tags.putAll(next);
    }

    /** Removes these keys; keys the table does not have are ignored. */
    synchronized void remove(List<String> keys) {
        keys.forEach(tags::remove);
    }

    /** The tags, in the order their keys were first added. */
    synchronized List<Tag> list() {
        List<Tag> list = new ArrayList<>(tags.size());
        tags.forEach((key, value) -> list.add(new Tag(key, value)));
        return List.copyOf(list);
    }
}
