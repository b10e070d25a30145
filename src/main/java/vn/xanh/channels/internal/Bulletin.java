package vn.xanh.channels.internal;

import java.util.ArrayList;
import java.util.List;

import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import vn.xanh.catalog.Channels;
import vn.xanh.facts.GreenModel;
import vn.xanh.indicators.calc.Status;
import vn.xanh.system.SpokenVietnamese;
import vn.xanh.system.Vietnamese;

/**
 * The loudspeaker bulletin: every number and date in words, no code, no sign, about three minutes read
 * aloud. The sentences are in {@code templates/kenh/phat-thanh.txt}; this class only says the figures.
 */
public final class Bulletin {

    public static final int FEWEST_WORDS = 350;
    public static final int MOST_WORDS = 450;
    private static final int MOST_ACHIEVEMENTS = 6;
    /** Targets behind and achievements to speak of, in order of preference: both sides of the month heard. */
    private static final int[][] CHOICES = {{3, 3}, {2, 3}, {3, 2}, {2, 4}, {2, 2}, {3, 4}, {2, 5}, {3, 1}, {2, 1},
        {2, 6}, {3, 0}, {2, 0}};

    private final SpringTemplateEngine engine;

    public Bulletin() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/kenh/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
    }

    /** What the template says, already in words. */
    public record Spoken(String commune, String month, String asOf, String total, String targetYear,
            List<Count> counts, List<Line> achievements, List<Line> behind, List<Model> modelsOfMonth,
            String modelsOfMonthCount, String modelsTotal, boolean anyModel) {
    }

    /** "tám" chỉ tiêu with a status. */
    public record Count(String number, String status) {
    }

    /** One indicator said aloud: its name as {@code kenh.yml} says it, its value and target with their unit. */
    public record Line(String name, String value, String target, boolean lowerIsBetter, boolean achieved,
            String action) {
    }

    public record Model(String type, String where) {
    }

    /**
     * The bulletin for the figures: as many achievements and (two or three) targets behind as keep it
     * between {@value #FEWEST_WORDS} and {@value #MOST_WORDS} words when the figures allow.
     */
    public String write(Figures figures) {
        List<Line> achieved = achievements(figures);
        List<Line> behind = behind(figures);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int[] choice : CHOICES) {
            String text = render(spoken(figures, achieved.subList(0, Math.min(choice[1], achieved.size())),
                        behind.subList(0, Math.min(choice[0], behind.size()))));
            int words = words(text);
            int distance = Math.max(0, FEWEST_WORDS - words) + Math.max(0, words - MOST_WORDS);
            if (distance == 0) {
                return text;
            }
            if (distance < bestDistance) {
                best = text;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Words as a listener hears them: every run of letters between spaces. */
    public static int words(String text) {
        return (int) java.util.Arrays.stream(text.split("\\s+")).filter(w -> w.codePoints().anyMatch(Character::isLetter))
                .count();
    }

    private String render(Spoken spoken) {
        Context context = new Context(Vietnamese.LOCALE);
        context.setVariable("b", spoken);
        return engine.process("phat-thanh", context).strip().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n")
                + "\n";
    }

    private Spoken spoken(Figures figures, List<Line> achievements, List<Line> behind) {
        List<Count> counts = new ArrayList<>();
        for (Status status : List.of(Status.DAT, Status.DUNG_TIEN_DO, Status.CHAM, Status.NGUY_CO,
                Status.CHUA_DANH_GIA, Status.KHONG_DU_LIEU)) {
            long count = figures.count(status);
            if (count > 0) {
                counts.add(new Count(SpokenVietnamese.number(count), status.name()));
            }
        }
        List<Model> models = figures.modelsOfMonth().stream().map(m -> model(figures, m)).toList();
        return new Spoken(figures.communeInText(), SpokenVietnamese.month(figures.month()),
                SpokenVietnamese.date(figures.asOf()), SpokenVietnamese.number(figures.targets().size()),
                SpokenVietnamese.number(figures.catalog().targetYear()), counts, achievements, behind, models,
                SpokenVietnamese.number(models.size()), SpokenVietnamese.number(figures.models().size()),
                !figures.models().isEmpty());
    }

    /** Achieved first, then on track, in the catalogue's order; the people's targets are spoken of below. */
    private List<Line> achievements(Figures figures) {
        List<Line> lines = new ArrayList<>();
        for (Status status : List.of(Status.DAT, Status.DUNG_TIEN_DO)) {
            figures.targets().stream().filter(t -> t.status() == status && t.measured()).limit(MOST_ACHIEVEMENTS)
                    .forEach(t -> lines.add(line(figures, t, null)));
        }
        return lines.subList(0, Math.min(MOST_ACHIEVEMENTS, lines.size()));
    }

    /**
     * The people's targets that most need households: behind or at risk first, then the others not yet
     * achieved (a month's figure not yet judged among them), each lowest attainment first, so that the
     * bulletin always asks for something.
     */
    private List<Line> behind(Figures figures) {
        List<Line> lines = new ArrayList<>();
        List<Figures.Target> people = figures.peopleTargets();
        people.stream().filter(Figures.Target::needsAttention)
                .sorted(java.util.Comparator.comparingDouble(Figures.Target::progress))
                .forEach(t -> lines.add(line(figures, t, action(figures, t))));
        people.stream().filter(t -> !t.needsAttention() && t.status() != Status.DAT)
                .sorted(java.util.Comparator.comparingDouble(Figures.Target::progress))
                .forEach(t -> lines.add(line(figures, t, action(figures, t))));
        return lines.subList(0, Math.min(3, lines.size()));
    }

    private static String action(Figures figures, Figures.Target target) {
        return figures.channels().peopleTargets().stream().filter(p -> p.code().equals(target.indicator().code()))
                .map(Channels.PeopleTarget::action).findFirst().orElseThrow();
    }

    private static Line line(Figures figures, Figures.Target target, String action) {
        String name = figures.channels().spokenName(target.indicator().code());
        return new Line(name, target.measured() ? amount(figures, target, target.result().measured().value()) : null,
                amount(figures, target, target.indicator().goal().target()), target.lowerIsBetter(),
                target.status() == Status.DAT, action);
    }

    private static String amount(Figures figures, Figures.Target target, double value) {
        return target.indicator().isPercent() ? SpokenVietnamese.percent(value, 1)
                : SpokenVietnamese.number(value, 1) + " " + figures.channels().spokenUnit(target.indicator().unit());
    }

    /** A model by its type and its name, or its village where the name is a person's (never the workbook's place). */
    private static Model model(Figures figures, GreenModel model) {
        PublicModels.Named named = PublicModels.of(figures, model);
        return new Model(named.type(), SpokenVietnamese.digitsInText(named.name() != null ? named.name()
                : named.village()));
    }
}
