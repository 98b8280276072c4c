package dev.parley.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as exports and pages write them: ISO dates and date-times ({@code 2025-03-14},
 * {@code 2025-03-14T09:30:00+01:00}, {@code 2025-03-14 09:30:00}), {@code 2025/03/14}, and RFC 1123
 * ({@code Fri, 14 Mar 2025 09:30:00 GMT}). The date is the one written, in the writer's own time zone.
 */
final class PublicationDate {
    private static final Pattern YMD = Pattern.compile("^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?![0-9])");

    private PublicationDate() {}

    /** The date, or null when the text is no date of these forms. */
    static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        Matcher m = YMD.matcher(t);
        try {
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
