package io.tabletheory.engine.internal.read;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns, once per call site, that a read fell back to a Scan because no key schema matched its conditions: the
 * read costs the whole table, which is rarely intended. Calls to {@code scan()} are deliberate and never warned.
 */
public final class ScanWarnings {
    private static final Logger LOG = LoggerFactory.getLogger("io.tabletheory.Scan");
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    private ScanWarnings() {}

    /**
     * Logs the warning for this read's call site, unless it was logged for that site already.
     *
     * @return whether the warning was logged now
     */
    public static boolean accidentalScan(String model, String table, String conditions) {
        String site = callSite();
        if (!WARNED.add(site + "|" + model)) {
            return false;
        }
        LOG.warn(
                "{}: reading {} from table {} with {} matches no key of the table or its indexes, so TableTheory"
                        + " runs a Scan, which reads the whole table. Add an '=' condition on a partition key,"
                        + " declare an index for it, or call scan() to say the scan is intended. (Logged once"
                        + " per call site.)",
                site,
                model,
                table,
                conditions);
        return true;
    }

    private static String callSite() {
        Optional<StackWalker.StackFrame> frame = StackWalker.getInstance()
                .walk(frames -> frames.filter(f -> !f.getClassName().startsWith("io.tabletheory.engine.")
                                && !f.getClassName().startsWith("java."))
                        .findFirst());
        return frame.map(f -> f.getClassName() + "." + f.getMethodName() + "(" + f.getFileName() + ":"
                        + f.getLineNumber() + ")")
                .orElse("unknown call site");
    }
}
