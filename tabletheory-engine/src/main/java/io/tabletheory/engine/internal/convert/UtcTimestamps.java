package io.tabletheory.engine.internal.convert;

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

    private UtcTimestamps() {}

    /** The instant as {@code uuuu-MM-ddTHH:mm:ss[.fraction]Z}, or {@code null} when its year has not four digits. */
    static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST_SECOND || seconds >= END_SECOND) {
            return null;
        }
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY));
        int secondOfDay = Math.floorMod(seconds, SECONDS_PER_DAY);
        StringBuilder text = new StringBuilder(30);
        appendDigits(text, date.getYear(), 4);
        text.append('-');
        appendDigits(text, date.getMonthValue(), 2);
        text.append('-');
        appendDigits(text, date.getDayOfMonth(), 2);
        text.append('T');
        appendDigits(text, secondOfDay / 3600, 2);
        text.append(':');
        appendDigits(text, secondOfDay / 60 % 60, 2);
        text.append(':');
        appendDigits(text, secondOfDay % 60, 2);
        int nanos = instant.getNano();
        if (nanos != 0) {
            int digits = 9;
            while (nanos % 10 == 0) {
                nanos /= 10;
                digits--;
            }
            text.append('.');
            appendDigits(text, nanos, digits);
        }
        return text.append('Z').toString();
    }

    private static void appendDigits(StringBuilder text, int value, int width) {
        int divisor = 1;
        for (int i = 1; i < width; i++) {
            divisor *= 10;
        }
        for (int rest = value; divisor > 0; divisor /= 10) {
            text.append((char) ('0' + rest / divisor));
            rest %= divisor;
        }
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
