package vn.xanh.report;

/** Text that Excel would take for a formula if opened as typed: it starts with =, +, - or @. */
final class FormulaText {

    private FormulaText() {
    }

    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }
}
