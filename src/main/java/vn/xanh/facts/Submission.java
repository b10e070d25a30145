package vn.xanh.facts;

import java.time.OffsetDateTime;
import java.time.YearMonth;

/** A file that arrived in the drop folder and what became of it. */
public record Submission(long id, String fileName, String sha256, String templateId, String unitCode,
        YearMonth period, OffsetDateTime receivedAt, OffsetDateTime arrivedAt, SubmissionStatus status,
        String storedAs) {
}
