package io.tabletheory.bench;

import io.tabletheory.api.value.DynamoNumbers;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a number text of many digits (issue 15: a 160 KB number cost seconds of CPU and blocked other clients):
 * {@link DynamoNumbers#canonical(String)}, one pass over the text, beside the way it was read before, a {@code
 * BigDecimal} of the whole text stripped of trailing zeros, whose cost grows with the square of the digits. Each text
 * is refused (it has more than 38 significant digits), which is what either way learns last.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@State(Scope.Benchmark)
public class NumberTextBenchmark {
    @Param({"16384", "163840"})
    public int digits;

    private String text;

    @Setup
    public void text() {
        text = "0." + "7".repeat(digits);
    }

    @Benchmark
    public Object onePass() {
        try {
            return DynamoNumbers.canonical(text);
        } catch (RuntimeException refused) {
            return refused;
        }
    }

    @Benchmark
    public Object bigDecimalBefore() {
        BigDecimal stripped = new BigDecimal(text).stripTrailingZeros();
        return stripped.precision() > DynamoNumbers.MAX_SIGNIFICANT_DIGITS ? "refused" : stripped.toPlainString();
    }
}
