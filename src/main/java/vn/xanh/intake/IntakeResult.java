package vn.xanh.intake;

import java.util.List;

import vn.xanh.facts.SubmissionStatus;

/** Every file one intake looked at. */
public record IntakeResult(List<FileOutcome> files) {

    public long count(SubmissionStatus status) {
        return files.stream().filter(f -> f.status() == status).count();
    }
}
