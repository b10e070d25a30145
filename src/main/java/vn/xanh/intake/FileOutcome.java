package vn.xanh.intake;

import java.time.YearMonth;
import java.util.List;

import vn.xanh.facts.Problem;
import vn.xanh.facts.SubmissionStatus;

/** What intake did with one file. */
public record FileOutcome(String fileName, SubmissionStatus status, String templateId, String unitName,
        YearMonth period, int facts, List<Problem> problems, String storedAs) {
}
