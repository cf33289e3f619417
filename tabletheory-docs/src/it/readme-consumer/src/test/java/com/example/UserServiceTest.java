package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.TableTheory;
import io.tabletheory.testkit.TableTheoryExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

// tag::tests-in-memory[]
class UserServiceTest {
    @RegisterExtension
    final TableTheoryExtension tables = TableTheoryExtension.inMemory().withModels(User.class);

    @Test
    void signUp_storesTheUser(TableTheory db) {
        new UserService(db).signUp("u1", "ada@example.com");
        assertThat(db.model(User.class).where("id", "=", "u1").where("sk", "=", "PROFILE").first().email())
                .isEqualTo("ada@example.com");
    }
}
// end::tests-in-memory[]
