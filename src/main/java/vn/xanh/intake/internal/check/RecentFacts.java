package vn.xanh.intake.internal.check;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import vn.xanh.facts.EffectiveFact;
import vn.xanh.facts.Fact;
import vn.xanh.facts.FactRepository;

/**
 * The facts that count for the units a run's reports speak of, read from the database once per unit and
 * then kept as the database would have them while the run records: an accepted report adds its facts and
 * takes out those of the report it corrects. The run holds the run lock, so nothing else changes them.
 * Asking the database once per file, then once per group of files, was most of a small report's time.
 */
public final class RecentFacts {

    /** Later than any month a report can be for: "from this month on". */
    private static final YearMonth ALWAYS = YearMonth.of(9999, 12);

    private final FactRepository facts;
    /** Each unit's facts by month, each month's in metric order: a report is compared with a few months of years held. */
    private final Map<String, TreeMap<YearMonth, List<FactRepository.Counted>>> byUnit = new HashMap<>();
    /** Each report's facts, by the template, unit and month a correction of it would have. */
    private final Map<List<Object>, List<FactRepository.Counted>> byReport = new HashMap<>();
    /** For each unit read: every fact of it from this month on is held. */
    private final Map<String, YearMonth> heldFrom = new HashMap<>();
    /** The units of which every fact is held: the database had none before the month held from. */
    private final Set<String> whole = new HashSet<>();

    public RecentFacts(FactRepository facts) {
        this.facts = facts;
    }

    /**
     * Makes sure every fact of these units from {@code from} on is held: one statement for the units read for
     * the first time, one for those held only from a later month.
     */
    public void load(Collection<String> unitCodes, YearMonth from) {
        Set<String> fresh = unitCodes.stream().filter(unit -> !heldFrom.containsKey(unit))
                .collect(Collectors.toSet());
        Map<YearMonth, List<String>> earlier = unitCodes.stream()
                .filter(unit -> heldFrom.containsKey(unit) && heldFrom.get(unit).isAfter(from))
                .collect(Collectors.groupingBy(heldFrom::get));
        if (!fresh.isEmpty()) {
            facts.between(fresh, from, ALWAYS).forEach(this::add);
            Map<String, YearMonth> first = facts.earliest(fresh);
            for (String unit : fresh) {
                heldFrom.put(unit, from);
                if (!first.containsKey(unit) || !first.get(unit).isBefore(from)) {
                    whole.add(unit);
                }
            }
        }
        earlier.forEach((until, units) -> {
            List<String> partial = units.stream().filter(unit -> !whole.contains(unit)).toList();
            facts.between(partial, from, until).forEach(this::add);
            units.forEach(unit -> heldFrom.put(unit, from));
        });
    }

    private void add(FactRepository.Counted counted) {
        List<FactRepository.Counted> month = byUnit.computeIfAbsent(counted.fact().unitCode(), u -> new TreeMap<>())
                .computeIfAbsent(counted.fact().period(), m -> new ArrayList<>());
        // Kept in order as they come (the database's come in order): after every fact of the same metric or an earlier one.
        int at = month.size();
        while (at > 0 && month.get(at - 1).fact().metric().compareTo(counted.fact().metric()) > 0) {
            at--;
        }
        month.add(at, counted);
        byReport.computeIfAbsent(report(counted.templateId(), counted.submissionUnit(), counted.submissionPeriod()),
                r -> new ArrayList<>()).add(counted);
    }

    private static List<Object> report(String templateId, String unitCode, YearMonth period) {
        return java.util.Arrays.asList(templateId, unitCode, period);
    }

    /**
     * The facts that count for these units in {@code [from, period)}, as {@link FactRepository#before} orders
     * them; the units must have been {@link #load loaded} from {@code from} or earlier.
     */
    public List<EffectiveFact> between(List<String> unitCodes, YearMonth from, YearMonth period) {
        List<EffectiveFact> found = new ArrayList<>();
        for (String unit : unitCodes.stream().distinct().sorted().toList()) {
            TreeMap<YearMonth, List<FactRepository.Counted>> months = byUnit.get(unit);
            if (months == null || !from.isBefore(period)) {
                continue;
            }
            for (List<FactRepository.Counted> month : months.subMap(from, true, period, false).values()) {
                for (FactRepository.Counted counted : month) {
                    found.add(counted.fact());
                }
            }
        }
        return found;
    }

    /** Every fact that counts for these units before {@code period}, when all of them are held; else empty. */
    public Optional<List<EffectiveFact>> before(List<String> unitCodes, YearMonth period) {
        return whole.containsAll(unitCodes) ? Optional.of(between(unitCodes, YearMonth.of(0, 1), period))
                : Optional.empty();
    }

    /** An accepted report was recorded: it counts now, and the one it corrects (same template, unit, month) no more. */
    public void accepted(String templateId, String unitCode, YearMonth period, String fileName, List<Fact> facts) {
        List<FactRepository.Counted> corrected = byReport.remove(report(templateId, unitCode, period));
        if (corrected != null) {
            for (FactRepository.Counted counted : corrected) {
                byUnit.get(counted.fact().unitCode()).get(counted.fact().period()).remove(counted);
            }
        }
        // The run's records get their ids when their group is written; nothing here needs them.
        for (Fact fact : facts) {
            add(new FactRepository.Counted(0, templateId, unitCode, period, new EffectiveFact(
                    fact.unitCode(), fact.period(), fact.metric(), fact.value(), fileName)));
        }
    }
}
