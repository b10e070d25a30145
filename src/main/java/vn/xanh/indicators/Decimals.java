package vn.xanh.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Numbers between the arithmetic (doubles) and the database (four decimals, null for "none"). */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal of(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }

    static Double read(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.doubleValue();
    }
}
