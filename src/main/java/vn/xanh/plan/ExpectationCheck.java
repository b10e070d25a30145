package vn.xanh.plan;

import vn.xanh.catalog.PlanDefinition.Expectation;

/**
 * One expectation checked for one organisation over one window ("quý III/2026"): how many times the
 * activity was logged against how many were asked for.
 */
public record ExpectationCheck(Expectation expectation, String unitCode, ReportPeriod window, int done,
        ExpectationStatus status) {
}
