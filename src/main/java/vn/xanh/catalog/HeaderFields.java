package vn.xanh.catalog;

import java.util.List;

/** The labels that name the header fields of every template, in each spelling people use. */
public record HeaderFields(List<String> template, List<String> unit, List<String> period, List<String> preparer,
        List<String> nothingToReport) {
}
