package io.tabletheory.server.internal.snapshot;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the file name of each table's snapshot: {@code <table name>.table.json}. DynamoDB's table names ({@code
 * [a-zA-Z0-9_.-]}) are safe file names as they are; any other character (a store that allows more) is written as
 * {@code %XX} per UTF-8 byte. Names that differ only in case ({@code Users}, {@code users}) would share one file on
 * a case-insensitive file system (macOS, Windows), so all but the first of them (in name order) get {@code ~2},
 * {@code ~3}, ... before the suffix. A file name is only a label: loading reads the table's name from the file.
 */
final class TableFileNames {
    /** The suffix of every table file. */
    static final String SUFFIX = ".table.json";

    private TableFileNames() {}

    /** A file name for each table name, distinct even ignoring case, in table name order. */
    static Map<String, String> assign(List<String> tableNames) {
        Map<String, String> fileNames = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String tableName : tableNames.stream().sorted().toList()) {
            String base = encode(tableName);
            String candidate = base;
            for (int number = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); number++) {
                candidate = base + "~" + number;
            }
            fileNames.put(tableName, candidate + SUFFIX);
        }
        return Collections.unmodifiableMap(fileNames);
    }

    private static String encode(String tableName) {
        StringBuilder encoded = new StringBuilder(tableName.length());
        for (byte character : tableName.getBytes(StandardCharsets.UTF_8)) {
            if (safe(character)) {
                encoded.append((char) character);
            } else {
                encoded.append('%').append(String.format(Locale.ROOT, "%02X", character & 0xFF));
            }
        }
        return encoded.toString();
    }

    private static boolean safe(byte character) {
        return (character >= 'a' && character <= 'z')
                || (character >= 'A' && character <= 'Z')
                || (character >= '0' && character <= '9')
                || character == '_'
                || character == '.'
                || character == '-';
    }
}
