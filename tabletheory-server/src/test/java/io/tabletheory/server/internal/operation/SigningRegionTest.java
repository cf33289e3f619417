package io.tabletheory.server.internal.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The region of a SigV4 {@code Authorization} header: the SDKs' header, headers without a readable credential scope,
 * and, over generated headers built from the characters that matter, the same answer as the regular expression the
 * scan replaced.
 */
class SigningRegionTest {
    private static final Pattern REFERENCE = Pattern.compile("Credential=[^/,\\s]*/[^/,\\s]*/([a-z0-9-]+)/");

    private static final String[] PIECES = {
        "Credential=",
        "/",
        ",",
        " ",
        "\t",
        "AKID",
        "20261206",
        "eu-west-1",
        "us-east-1",
        "dynamodb",
        "aws4_request",
        "EU",
        "x",
        "-",
        "1",
        ""
    };

    @Test
    void anSdkHeader_givesItsRegion() {
        assertThat(SigningRegion.of("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261206/eu-west-1/dynamodb/aws4_request,"
                        + " SignedHeaders=host;x-amz-date;x-amz-target, Signature=0123456789abcdef"))
                .isEqualTo("eu-west-1");
    }

    @Test
    void noHeaderOrNoReadableScope_givesTheDefault() {
        assertThat(SigningRegion.of(null)).isEqualTo(SigningRegion.DEFAULT);
        assertThat(SigningRegion.of("Bearer token")).isEqualTo(SigningRegion.DEFAULT);
        assertThat(SigningRegion.of("Credential=AKID/2026/EU-WEST-1/dynamodb")).isEqualTo(SigningRegion.DEFAULT);
        assertThat(SigningRegion.of("Credential=AK ID/2026/eu-west-1/dynamodb")).isEqualTo(SigningRegion.DEFAULT);
        assertThat(SigningRegion.of("Credential=AKID/2026/eu-west-1")).isEqualTo(SigningRegion.DEFAULT);
    }

    @Test
    void aLaterCredential_isReadWhenTheFirstIsNot() {
        assertThat(SigningRegion.of("Credential=bad, Credential=AKID/2026/ap-south-2/dynamodb/aws4_request"))
                .isEqualTo("ap-south-2");
    }

    @Test
    void anyHeader_givesWhatTheRegularExpressionGave() {
        qt().withExamples(5000).forAll(headers()).checkAssert(header -> {
            Matcher matcher = REFERENCE.matcher(header);
            String expected = matcher.find() ? matcher.group(1) : SigningRegion.DEFAULT;
            assertThat(SigningRegion.of(header)).as("region of '%s'", header).isEqualTo(expected);
        });
    }

    private static Gen<String> headers() {
        Gen<String> piece = Generate.pick(java.util.List.of(PIECES));
        return SourceDSL.lists().of(piece).ofSizeBetween(0, 12).map(pieces -> String.join("", pieces));
    }
}
