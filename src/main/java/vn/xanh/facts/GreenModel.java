package vn.xanh.facts;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A green model ("Chi bộ xanh", "Gia đình xanh", …) an organisation reported as recognised.
 *
 * @param type the model type's code from {@code jobs/} (for example {@code GIA_DINH_XANH})
 * @param reportedFor the month of the HOATDONG report that first listed it
 */
public record GreenModel(String type, String name, String place, LocalDate recognisedOn, String unitCode,
        YearMonth reportedFor) {
}
