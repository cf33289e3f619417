package io.tabletheory.callsite;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.engine.internal.read.ScanWarnings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The accidental-scan warning is logged once per call site of user code. This test lives outside the engine's
 * packages, as user code does, because frames of {@code io.tabletheory.engine} are skipped when finding the site.
 */
class ScanWarningsTest {
    @Test
    void theWarning_isLoggedOncePerCallSite() {
        List<Boolean> sameSite = new ArrayList<>();
        for (int call = 0; call < 3; call++) {
            sameSite.add(ScanWarnings.accidentalScan("Member", "members", "nickname = \"x\""));
        }
        boolean otherSite = ScanWarnings.accidentalScan("Member", "members", "nickname = \"x\"");

        assertThat(sameSite).containsExactly(true, false, false);
        assertThat(otherSite).isTrue();
    }

    @Test
    void theSameSite_warnsAgainForAnotherModel() {
        List<Boolean> warned = new ArrayList<>();
        for (String model : List.of("Member", "Order")) {
            warned.add(ScanWarnings.accidentalScan(model, "t", "no conditions"));
        }

        assertThat(warned).containsExactly(true, true);
    }
}
