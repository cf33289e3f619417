package io.tabletheory.inmemory.internal.expr.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.inmemory.internal.expr.syntax.ExpressionKind;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedCondition;
import org.junit.jupiter.api.Test;

class ExpressionCacheTest {

    @Test
    void repeatedExpression_isParsedOnce() {
        ExpressionCache cache = new ExpressionCache(10);
        ParsedCondition first = cache.condition("a = :v", ExpressionKind.CONDITION);
        ParsedCondition second = cache.condition("a = :v", ExpressionKind.CONDITION);
        assertThat(second).isSameAs(first);
        assertThat(cache.projection("a, b")).isSameAs(cache.projection("a, b"));
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void sameTextOfAnotherKind_isCachedSeparately() {
        ExpressionCache cache = new ExpressionCache(10);
        assertThat(cache.condition("a = :v", ExpressionKind.FILTER))
                .isNotSameAs(cache.condition("a = :v", ExpressionKind.CONDITION));
    }

    @Test
    void cache_staysWithinCapacity() {
        ExpressionCache cache = new ExpressionCache(3);
        for (int i = 0; i < 20; i++) {
            cache.condition("a" + i + " = :v", ExpressionKind.CONDITION);
        }
        assertThat(cache.size()).isLessThanOrEqualTo(3);
    }

    @Test
    void invalidExpression_isNotCachedAndFailsEveryTime() {
        ExpressionCache cache = new ExpressionCache(3);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> cache.condition("a = = :v", ExpressionKind.CONDITION))
                    .isInstanceOf(ValidationException.class);
        }
        assertThat(cache.size()).isZero();
    }
}
