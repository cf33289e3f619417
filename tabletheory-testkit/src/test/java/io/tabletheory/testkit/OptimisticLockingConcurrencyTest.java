package io.tabletheory.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.Model;
import io.tabletheory.TableTheory;
import io.tabletheory.api.request.ConditionFailedException;
import io.tabletheory.testkit.contract.models.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Optimistic locking through the engine under contention: of many updates of one version, exactly one wins. */
class OptimisticLockingConcurrencyTest {
    private static final int THREADS = 8;

    @RegisterExtension
    final TableTheoryExtension tables = TableTheoryExtension.inMemory().withModels(Member.class);

    @Test
    void concurrentUpdatesOfTheSameVersion_haveExactlyOneWinner() throws Exception {
        TableTheory db = tables.tableTheory();
        Model<Member> members = db.model(Member.class);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < 20; round++) {
                String id = "m" + round;
                Member stored = members.create(Member.of(id, "a@example.com"));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> attempts = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    String nickname = "writer-" + t;
                    attempts.add(pool.submit(() -> {
                        start.await();
                        try {
                            members.update(
                                    new Member(
                                            id,
                                            "PROFILE",
                                            stored.email(),
                                            nickname,
                                            Set.of(),
                                            stored.version(),
                                            null,
                                            null,
                                            null),
                                    "nickname");
                            return true;
                        } catch (ConditionFailedException lost) {
                            return false;
                        }
                    }));
                }
                start.countDown();
                int winners = 0;
                for (Future<Boolean> attempt : attempts) {
                    winners += attempt.get(10, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(winners).as("round %d", round).isEqualTo(1);
                assertThat(members.where("id", "=", id)
                                .where("sk", "=", "PROFILE")
                                .first()
                                .version())
                        .isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
