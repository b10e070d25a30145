package vn.xanh.bench;

/** The city the generator makes up: its units, as the {@code units.yml} of the generator's {@code jobs/}. */
final class CityUnits {

    static final int VILLAGES_PER_COMMUNE = 8;
    /** Village names; the register's households are named after them too. */
    static final String[] PLACES = {"Đông", "Đoài", "Nam", "Bắc", "Trung", "Tân Lập", "Phú Xuân", "An Lạc",
        "Hưng Đạo", "Quang Trung", "Lê Lợi", "Đồng Tâm", "Hòa Bình", "Thắng Lợi", "Kiến Thiết", "Tiền Phong"};

    private CityUnits() {
    }

    /** The city's units: per commune eight villages, two cooperatives, a market board with two markets. */
    static String yaml(int communes) {
        StringBuilder villages = new StringBuilder("villages:\n");
        StringBuilder cooperatives = new StringBuilder("cooperatives:\n");
        StringBuilder boards = new StringBuilder("market_boards:\n");
        for (int c = 1; c <= communes; c++) {
            for (int v = 0; v < VILLAGES_PER_COMMUNE; v++) {
                String place = PLACES[(v + c) % PLACES.length];
                villages.append("  - code: THON_").append(c).append('_').append(v + 1).append("\n    name: Thôn ")
                        .append(place).append(' ').append(c).append('.').append(v + 1).append('\n');
            }
            cooperatives.append("  - code: HTX_NN_").append(c).append("\n    name: HTX Nông nghiệp số ").append(c)
                    .append('\n').append("  - code: HTX_TS_").append(c).append("\n    name: HTX Thủy sản số ").append(c)
                    .append('\n');
            boards.append("  - code: BQL_CHO_").append(c).append("\n    name: Ban quản lý chợ số ").append(c)
                    .append("\n    markets:\n").append("      - code: CHO_").append(c).append("_1\n        name: Chợ số ")
                    .append(c).append(" Một\n").append("      - code: CHO_").append(c).append("_2\n        name: Chợ số ")
                    .append(c).append(" Hai\n");
        }
        return "# Đơn vị của bộ số liệu thử tải (xanh bench): " + communes + " xã.\ncommune:\n  name: Thành phố Thử tải\n"
                + "  province: Thành phố Hải Phòng\n\n" + villages + "\n" + cooperatives + "\n" + boards
                + "\noffices:\n  - code: UBND_THU_TAI\n    name: UBND Thành phố Thử tải\n";
    }
}
