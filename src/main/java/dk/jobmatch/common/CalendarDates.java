package dk.jobmatch.common;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads every date of a request body ({@code format: date}): ISO {@code yyyy-mm-dd} with a year
 * from 1 to 9999. Java takes years up to ±999 999 999 ({@code +999999999-12-31}), H2 stores them,
 * but PostgreSQL refuses dates past 5874897 AD and answered 500 (found by the contract fuzz on
 * PostgreSQL). No date of a job centre's case lies outside those years, so such a value is read as
 * unreadable, like {@code 2026-02-30}: 400 naming the field (common/UnreadableBodyHandler).
 */
@Singleton
class CalendarDates implements Deserializer<LocalDate> {

    static final String NOT_A_DATE = "Not a calendar date from 0001-01-01 to 9999-12-31: ";

    @Override
    public LocalDate deserialize(Decoder decoder, DecoderContext context, Argument<? super LocalDate> type)
            throws IOException {
        String text = decoder.decodeString();
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw decoder.createDeserializationException(NOT_A_DATE + "'" + text + "'", text);
        }
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw decoder.createDeserializationException(NOT_A_DATE + "'" + text + "'", text);
        }
        return date;
    }
}
