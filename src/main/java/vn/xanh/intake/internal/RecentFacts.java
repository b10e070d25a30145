package vn.xanh.intake.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.xanh.facts.EffectiveFact;
import vn.xanh.facts.Fact;
import vn.xanh.facts.FactRepository;

/**
 * The recent facts of a group's units, read in one statement when the group starts and then kept as the
 * database would have them while the group records: an accepted report adds its facts and takes out those
 * of the report it corrects. Asking the database once per file was most of a small report's time on
 * PostgreSQL.
 */
public final class RecentFacts {

    private static final Comparator<EffectiveFact> ORDER = Comparator.comparing(EffectiveFact::unitCode)
            .thenComparing(EffectiveFact::period).thenComparing(EffectiveFact::metric);

    private final Map<String, List<FactRepository.Counted>> byUnit = new HashMap<>();
    /** Each report's facts, by the template, unit and month a correction of it would have. */
    private final Map<List<Object>, List<FactRepository.Counted>> byReport = new HashMap<>();

    /** The facts of these units from {@code from} up to before {@code until}. */
    public RecentFacts(FactRepository facts, Collection<String> unitCodes, YearMonth from, YearMonth until) {
        for (FactRepository.Counted counted : facts.between(unitCodes, from, until)) {
            add(counted);
        }
    }

    private void add(FactRepository.Counted counted) {
        byUnit.computeIfAbsent(counted.fact().unitCode(), u -> new ArrayList<>()).add(counted);
        byReport.computeIfAbsent(report(counted.templateId(), counted.submissionUnit(), counted.submissionPeriod()),
                r -> new ArrayList<>()).add(counted);
    }

    private static List<Object> report(String templateId, String unitCode, YearMonth period) {
        return java.util.Arrays.asList(templateId, unitCode, period);
    }

    /** The facts that count for these units in {@code [from, period)}, as {@link FactRepository#before} orders them. */
    public List<EffectiveFact> between(List<String> unitCodes, YearMonth from, YearMonth period) {
        List<EffectiveFact> found = new ArrayList<>();
        for (String unit : unitCodes) {
            for (FactRepository.Counted counted : byUnit.getOrDefault(unit, List.of())) {
                YearMonth month = counted.fact().period();
                if (!month.isBefore(from) && month.isBefore(period)) {
                    found.add(counted.fact());
                }
            }
        }
        found.sort(ORDER);
        return found;
    }

    /** An accepted report was recorded: it counts now, and the one it corrects (same template, unit, month) no more. */
    public void accepted(String templateId, String unitCode, YearMonth period, String fileName,
            List<Fact> facts) {
        List<FactRepository.Counted> corrected = byReport.remove(report(templateId, unitCode, period));
        if (corrected != null) {
            for (FactRepository.Counted counted : corrected) {
                byUnit.get(counted.fact().unitCode()).remove(counted);
            }
        }
        // The group's records get their ids when the group is written; nothing here needs them.
        for (Fact fact : facts) {
            add(new FactRepository.Counted(0, templateId, unitCode, period, new EffectiveFact(
                    fact.unitCode(), fact.period(), fact.metric(), fact.value(), fileName)));
        }
    }
}
