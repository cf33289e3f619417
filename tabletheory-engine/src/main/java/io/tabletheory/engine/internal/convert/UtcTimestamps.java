package io.tabletheory.engine.internal.convert;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * The fast paths of {@link Rfc3339} for the form TableTheory writes and DynamoDB hands back: {@code
 * uuuu-MM-ddTHH:mm:ss}, an optional fraction of one to nine digits, and {@code Z}, for years 0000 to 9999. Formatting
 * and parsing it digit by digit costs a fraction of a {@code DateTimeFormatter}'s allocations. Anything else (another
 * offset, another year, a text that is not a timestamp) is left to {@link Rfc3339}'s formatters, which also give the
 * errors: these methods answer {@code null} instead of refusing. The property test holds both paths to the same
 * answers.
 */
final class UtcTimestamps {
    /** 0000-01-01T00:00:00Z, the first instant of a four-digit year. */
    private static final long FIRST_SECOND = -62_167_219_200L;
    /** 10000-01-01T00:00:00Z, the first instant past them. */
    private static final long END_SECOND = 253_402_300_800L;

    private static final int SECONDS_PER_DAY = 86_400;
    /** The length of {@code uuuu-MM-ddTHH:mm:ss}. */
    private static final int WHOLE_SECONDS_LENGTH = 19;
    /** The length of {@code uuuu-MM-ddTHH:mm:ss.nnnnnnnnnZ}. */
    private static final int MAX_LENGTH = WHOLE_SECONDS_LENGTH + 11;

    private UtcTimestamps() {}

    /** The instant as {@code uuuu-MM-ddTHH:mm:ss[.fraction]Z}, or {@code null} when its year has not four digits. */
    static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST_SECOND || seconds >= END_SECOND) {
            return null;
        }
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY));
        int secondOfDay = Math.floorMod(seconds, SECONDS_PER_DAY);
        byte[] text = new byte[MAX_LENGTH];
        int year = date.getYear();
        twoDigits(text, 0, year / 100);
        twoDigits(text, 2, year % 100);
        text[4] = '-';
        twoDigits(text, 5, date.getMonthValue());
        text[7] = '-';
        twoDigits(text, 8, date.getDayOfMonth());
        text[10] = 'T';
        twoDigits(text, 11, secondOfDay / 3600);
        text[13] = ':';
        twoDigits(text, 14, secondOfDay / 60 % 60);
        text[16] = ':';
        twoDigits(text, 17, secondOfDay % 60);
        int length = WHOLE_SECONDS_LENGTH;
        int nanos = instant.getNano();
        if (nanos != 0) {
            text[length] = '.';
            for (int position = length + 9; position > length; position--) {
                text[position] = (byte) ('0' + nanos % 10);
                nanos /= 10;
            }
            length += 9;
            while (text[length] == '0') {
                length--;
            }
            length++;
        }
        text[length++] = 'Z';
        return new String(text, 0, length, StandardCharsets.ISO_8859_1);
    }

    /** Writes {@code value}, 0 to 99, as two digits at {@code position}. */
    private static void twoDigits(byte[] text, int position, int value) {
        text[position] = (byte) ('0' + value / 10);
        text[position + 1] = (byte) ('0' + value % 10);
    }

    /**
     * The instant of {@code uuuu-MM-ddTHH:mm:ss[.fraction]Z} ({@code t} and {@code z} in either case), or {@code
     * null} when the text has another form or a field out of its range.
     */
    static Instant parse(String text) {
        int length = text.length();
        if (length < WHOLE_SECONDS_LENGTH + 1
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || (text.charAt(10) != 'T' && text.charAt(10) != 't')
                || text.charAt(13) != ':'
                || text.charAt(16) != ':'
                || (text.charAt(length - 1) != 'Z' && text.charAt(length - 1) != 'z')) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            return null;
        }
        if (second < 0 || second > 59 || day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        int nanos = 0;
        int fractionEnd = length - 1;
        if (fractionEnd > WHOLE_SECONDS_LENGTH) {
            int fractionDigits = fractionEnd - WHOLE_SECONDS_LENGTH - 1;
            if (text.charAt(WHOLE_SECONDS_LENGTH) != '.' || fractionDigits < 1 || fractionDigits > 9) {
                return null;
            }
            nanos = digits(text, WHOLE_SECONDS_LENGTH + 1, fractionDigits);
            if (nanos < 0) {
                return null;
            }
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second, nanos);
    }

    /** The number the {@code count} ASCII digits at {@code from} spell, or -1 when one is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char digit = text.charAt(i);
            if (digit < '0' || digit > '9') {
                return -1;
            }
            value = value * 10 + (digit - '0');
        }
        return value;
    }
}
