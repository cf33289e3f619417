package io.tabletheory.integration.differential;

import static org.quicktheories.QuickTheory.qt;

import io.tabletheory.inmemory.InMemoryDynamoStore;
import io.tabletheory.integration.ServedEmulator;
import org.junit.jupiter.api.Test;

/**
 * The differential test: random operation sequences run against the in-memory emulator in-process and against the
 * emulator behind tabletheory-server (through the AWS adapter and a real SDK v2 client, {@link ServedEmulator}),
 * comparing every step and the final table and index contents. Both are the same engine, so it proves that the wire
 * path (the adapter's mapping both ways, the SDK, the server's protocol layer) loses and changes nothing, for far more
 * requests and responses than the hand-written contract suite sends.
 *
 * <p>The normal build runs a short, deterministic batch (fixed seed). The {@code differential-soak} Maven profile
 * runs many more sequences through the same test by setting {@code differential.sequences}, {@code
 * differential.steps} (the longest sequence) and {@code differential.seed}. A mismatch fails the test with the
 * shrunk sequence, the step and both outcomes.
 */
class DifferentialIT {
    private static final long SEED = Long.getLong("differential.seed", 20261124L);
    private static final int SEQUENCES = Integer.getInteger("differential.sequences", 300);
    private static final int STEPS = Integer.getInteger("differential.steps", 25);
    private static final int SHRINK_CYCLES = Integer.getInteger("differential.shrinkCycles", 30);

    @Test
    void emulatorAgreesWithItselfBehindTheServer_onRandomOperationSequences() {
        DifferentialRunner runner = new DifferentialRunner(InMemoryDynamoStore.create(), ServedEmulator.store());
        long started = System.nanoTime();
        qt().withFixedSeed(SEED)
                .withExamples(SEQUENCES)
                .withShrinkCycles(SHRINK_CYCLES)
                .forAll(Sequences.sequences(STEPS))
                .checkAssert(steps -> runner.run(steps).ifPresent(mismatch -> {
                    throw new AssertionError(
                            Minimiser.minimise(runner, mismatch).report());
                }));
        System.out.printf(
                "Differential: %d sequences (seed %d, up to %d steps) agreed in %d ms; %s%n",
                SEQUENCES, SEED, STEPS, (System.nanoTime() - started) / 1_000_000, runner.statistics());
    }
}
