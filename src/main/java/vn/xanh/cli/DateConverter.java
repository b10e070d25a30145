package vn.xanh.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import picocli.CommandLine;

import vn.xanh.system.Vietnamese;

/** A date as a clerk types it: {@code 2026-11-28} or {@code 28/11/2026}. */
class DateConverter implements CommandLine.ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ofPattern("d/M/uuuu")}) {
            try {
                return LocalDate.parse(value.strip(), format);
            }
            catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        throw new CommandLine.TypeConversionException("Ngày " + Vietnamese.quoted(value)
                + " không hợp lệ. Hãy ghi dạng 2026-11-28 hoặc 28/11/2026.");
    }
}
