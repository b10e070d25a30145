package vn.xanh.mailbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Metric;
import vn.xanh.facts.Fact;
import vn.xanh.facts.FactRepository;
import vn.xanh.facts.Problem;
import vn.xanh.facts.Submission;
import vn.xanh.facts.ProblemRepository;
import vn.xanh.facts.SubmissionStatus;
import vn.xanh.intake.IntakeService;
import vn.xanh.mailbox.internal.AnswerWords;
import vn.xanh.system.Vietnamese;

/**
 * What the answer says of one file: the unit, the month and the numbers as read, or what is wrong. Of the
 * sender's own text only the file's name and short values quoted in problems come back, cleaned by
 * {@link AnswerWords}: an answer is never a way to mail a stranger's words from the commune's address.
 */
@Component
public class FileAnswers {

    /**
     * One file's part of an answer, worded for the template.
     *
     * @param status ACCEPTED, REJECTED or DUPLICATE
     * @param markedUp the name the marked-up copy sent with a rejection is attached under, or null
     * @param markedUpFile where that copy is
     */
    public record FileAnswer(String name, String status, String unit, String period, boolean nothingToReport,
            List<String> numbers, List<String> warnings, List<String> errors, String markedUp, Path markedUpFile) {
    }

    private final FactRepository facts;
    private final ProblemRepository problems;
    private final Catalog catalog;
    private final AnswerWords words;

    FileAnswers(FactRepository facts, ProblemRepository problems, Catalog catalog) {
        this.facts = facts;
        this.problems = problems;
        this.catalog = catalog;
        this.words = new AnswerWords(catalog);
    }

    FileAnswer of(Submission submission) {
        List<Problem> found = problems.of(submission.id());
        List<String> warnings = found.stream().filter(p -> !p.isError()).map(words::problem).toList();
        List<String> errors = found.stream().filter(Problem::isError).map(words::problem).toList();
        String unit = submission.unitCode() == null ? "" : catalog.units().nameOf(submission.unitCode());
        String period = submission.period() == null ? ""
                : Vietnamese.month(submission.period());
        String status = submission.status() == SubmissionStatus.SUPERSEDED ? SubmissionStatus.ACCEPTED.name()
                : submission.status().name();
        List<String> numbers = submission.status() == SubmissionStatus.DUPLICATE ? List.of() : numbers(submission);
        Path markedUp = null;
        if (submission.status() == SubmissionStatus.REJECTED && submission.storedAs() != null) {
            Path copy = IntakeService.markedUpCopy(Path.of(submission.storedAs()));
            markedUp = java.nio.file.Files.exists(copy) ? copy : null;
        }
        boolean nothing = submission.status() != SubmissionStatus.REJECTED && numbers.isEmpty()
                && submission.status() != SubmissionStatus.DUPLICATE;
        return new FileAnswer(AnswerWords.fileName(submission.fileName()), status, unit, period, nothing, numbers,
                warnings, errors, markedUp == null ? null : AnswerWords.fileName(markedUp.getFileName().toString()),
                markedUp);
    }

    /** "Tổng số hộ trong thôn: 100 hộ", in the template's order; a market board's lines name each market. */
    private List<String> numbers(Submission submission) {
        List<Fact> read = facts.ofSubmission(submission.id());
        List<String> lines = new ArrayList<>();
        List<String> order = catalog.metrics().map(Metric::code).toList();
        read.stream().sorted(java.util.Comparator.comparing((Fact f) -> f.unitCode())
                .thenComparing(f -> order.indexOf(f.metric()))).forEach(fact -> {
                    Metric metric = catalog.metric(fact.metric()).orElse(null);
                    String label = metric == null ? fact.metric() : metric.label();
                    String unit = metric == null || metric.unit() == null ? "" : " " + metric.unit();
                    String who = fact.unitCode().equals(submission.unitCode()) ? ""
                            : catalog.units().nameOf(fact.unitCode()) + " – ";
                    lines.add(who + label + ": " + Vietnamese.number(fact.value().doubleValue()) + unit);
                });
        return lines;
    }
}
