package io.tabletheory.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The models whose tables a declaratively registered {@link TableTheoryExtension} creates before each test.
 *
 * <pre>{@code
 * @ExtendWith(TableTheoryExtension.class)
 * @TableTheoryModels(User.class)
 * class UserServiceTest {
 *     @Test
 *     void signUp(TableTheory db) { ... }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TableTheoryModels {
    /** The model classes; each gets its table, created from its annotations. */
    Class<?>[] value();
}
