package io.tabletheory.testkit.contract.models;

import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.annotation.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The contract's model with a field of every mapped type, nested records included. */
@Table("tt-contract-documents")
public record Document(
        @PartitionKey String id,
        int count,
        long big,
        double ratio,
        float rate,
        Integer nothing,
        BigDecimal amount,
        BigInteger huge,
        boolean active,
        byte[] payload,
        Instant at,
        Status status,
        List<String> lines,
        Set<String> labels,
        Set<Integer> scores,
        Set<byte[]> blobs,
        Map<String, Long> counters,
        Section section,
        List<Section> sections) {

    /** A status stored by name. */
    public enum Status {
        DRAFT,
        PUBLISHED
    }

    /** A nested record. */
    public record Section(String title, List<Section> children, Map<String, String> attributes) {}
}
