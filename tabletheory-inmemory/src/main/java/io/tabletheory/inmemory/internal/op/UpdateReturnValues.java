package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.request.ReturnValue;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.eval.Projector;
import io.tabletheory.inmemory.internal.expr.eval.ResolvedPath;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The attributes an UpdateItem returns for each ReturnValues mode: nothing (NONE), the whole item before or after
 * (ALL_OLD, ALL_NEW), or only what the update touched, before or after (UPDATED_OLD, UPDATED_NEW): the projection of
 * the item on the update's target paths, nested paths returned as fragments inside their hierarchy ({@code SET
 * a.b.c = :v} returns {@code {a: {b: {c: ...}}}}), paths missing from the item left out.
 */
final class UpdateReturnValues {
    private UpdateReturnValues() {}

    static Map<String, AttributeValue> of(
            ReturnValue mode,
            Optional<Map<String, AttributeValue>> before,
            Optional<Map<String, AttributeValue>> after,
            List<ResolvedPath> targets) {
        return switch (mode) {
            case ALL_OLD -> before.orElse(Map.of());
            case ALL_NEW -> after.orElse(Map.of());
            case UPDATED_OLD -> before.map(item -> Projector.project(item, targets))
                    .orElse(Map.of());
            case UPDATED_NEW -> after.map(item -> Projector.project(item, targets))
                    .orElse(Map.of());
            case NONE -> Map.of();
        };
    }
}
