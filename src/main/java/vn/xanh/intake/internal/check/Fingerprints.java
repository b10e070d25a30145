package vn.xanh.intake.internal.check;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import vn.xanh.facts.Submission;
import vn.xanh.facts.SubmissionStatus;

/**
 * A group's fingerprints: the unmoved and counted submissions the database had before the group, and
 * the ones the group records. The first file of some bytes finishes a stopped run's move; a later file
 * of the same bytes in the group is that file's duplicate, as it would be in a later group.
 */
public record Fingerprints(Map<String, List<Submission>> before, Set<String> mailFiles, Set<String> seen,
        Map<String, Submission> countedHere) {

    public Fingerprints(List<Submission> before, Set<String> mailFiles) {
        this(before.stream().collect(Collectors.groupingBy(Submission::sha256)), mailFiles, new HashSet<>(),
                new HashMap<>());
    }

    public Optional<Submission> unmoved(String sha256) {
        if (!seen.add(sha256)) {
            return Optional.empty();
        }
        return before.getOrDefault(sha256, List.of()).stream().filter(s -> s.storedAs() == null)
                .max(Comparator.comparingLong(Submission::id));
    }

    public Optional<Submission> counted(String sha256) {
        return before.getOrDefault(sha256, List.of()).stream()
                .filter(s -> s.status() == SubmissionStatus.ACCEPTED || s.status() == SubmissionStatus.SUPERSEDED)
                .findFirst().or(() -> Optional.ofNullable(countedHere.get(sha256)));
    }

    public void counting(Submission accepted) {
        countedHere.putIfAbsent(accepted.sha256(), accepted);
    }
}
