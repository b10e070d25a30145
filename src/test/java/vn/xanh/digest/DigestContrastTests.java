package vn.xanh.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.sax.HtmlParser;
import vn.xanh.TestWorkbooks;
import vn.xanh.catalog.Indicator;
import vn.xanh.indicators.calc.Forecast;
import vn.xanh.indicators.calc.IndicatorResult;
import vn.xanh.indicators.calc.Status;
import vn.xanh.report.Contrast;

/**
 * Every text colour on its background in the digest, read from the template itself, with the colours a
 * status can be written in as the factory gives them: older members read it on a phone in daylight.
 */
class DigestContrastTests {

    static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");

    /** A text the reader sees, its colour on its background, and where in the template it is. */
    record Pair(String element, String foreground, String background) {

        double ratio() {
            return Contrast.ratio(foreground, background);
        }
    }

    @Test
    void everyTextReachesWcagAaOnItsBackground() throws Exception {
        // given: one indicator in each status, so that each status's colour reaches the template
        Set<String> statusColours = new LinkedHashSet<>();
        DigestView view = new DigestViewFactory(TestWorkbooks.CATALOG, null).create(LocalDate.of(2026, 11, 28),
                new DigestViewFactory.Measured(oneOfEachStatus(), List.of(), List.of(), List.of()), List.of(),
                List.of());
        view.indicators().forEach(line -> statusColours.add(line.color()));
        assertThat(view.indicators()).extracting(DigestView.IndicatorLine::status)
                .containsExactlyInAnyOrder(java.util.Arrays.stream(Status.values()).map(Status::label).toArray(String[]::new));

        // when
        List<Pair> pairs = textColours(statusColours);

        // then
        assertThat(pairs).allSatisfy(pair -> assertThat(pair.ratio()).as("%s: %s on %s", pair.element(),
                pair.foreground(), pair.background()).isGreaterThanOrEqualTo(Contrast.TEXT));
        // the reading covered the status labels, the muted lines, the table headers and the footer
        assertThat(pairs).extracting(Pair::foreground).contains(statusColours.toArray(String[]::new))
                .contains("#555", "#666", "#1b5e20", "#222");
        assertThat(pairs).extracting(Pair::background).contains("#e8f5e9", "#ffffff");
    }

    private static List<IndicatorResult> oneOfEachStatus() {
        List<IndicatorResult> results = new ArrayList<>();
        List<Indicator> indicators = TestWorkbooks.CATALOG.indicators();
        Status[] statuses = Status.values();
        for (int i = 0; i < statuses.length; i++) {
            results.add(IndicatorResult.judged(indicators.get(i).code(), LocalDate.of(2026, 11, 28), statuses[i],
                    new IndicatorResult.Measured(80.0, 100, 160.0, 200.0, 2, 8),
                    new IndicatorResult.Progress(70.0, LocalDate.of(2026, 1, 31), 85.0, 80.0, 0.33, 0.17),
                    new IndicatorResult.Outlook(96.0, Forecast.CAN_TANG_TOC, 4.2)));
        }
        return results;
    }

    /**
     * Walks the template's elements as the browser nests them: a colour or background is inherited until an
     * element sets its own; an element with text of its own, or filled by {@code th:text}, is a pair.
     */
    private static List<Pair> textColours(Set<String> statusColours) throws IOException, SAXException {
        List<Pair> pairs = new ArrayList<>();
        Deque<Frame> open = new ArrayDeque<>();
        open.push(new Frame(Set.of("#000000"), Set.of("#ffffff")));
        HtmlParser parser = new HtmlParser(XmlViolationPolicy.ALLOW);
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String name, String qualified, Attributes attributes) {
                Frame parent = open.peek();
                Set<String> foregrounds = new LinkedHashSet<>();
                Set<String> backgrounds = new LinkedHashSet<>();
                for (String style : styles(attributes, statusColours)) {
                    foregrounds.add(declared(style, "color").orElse(null));
                    backgrounds.add(declared(style, "background(?:-color)?").orElse(null));
                }
                Frame frame = new Frame(inherit(foregrounds, parent.foregrounds), inherit(backgrounds, parent.backgrounds));
                frame.text = attributes.getValue("th:text") != null || attributes.getValue("th:utext") != null;
                open.push(frame);
            }

            @Override
            public void characters(char[] text, int start, int length) {
                if (!new String(text, start, length).isBlank()) {
                    open.peek().text = true;
                }
            }

            @Override
            public void endElement(String uri, String name, String qualified) {
                Frame frame = open.pop();
                if (frame.text && !Set.of("title", "style", "script", "head").contains(name)) {
                    frame.foregrounds.forEach(fg -> frame.backgrounds.forEach(bg -> pairs.add(new Pair(name, fg, bg))));
                }
            }
        });
        try (InputStream in = DigestContrastTests.class.getResourceAsStream("/templates/digest.html")) {
            parser.parse(new InputSource(in));
        }
        return pairs;
    }

    /** The element's style, once for each colour a status can take where the template writes one in. */
    private static List<String> styles(Attributes attributes, Set<String> statusColours) {
        List<String> styles = new ArrayList<>();
        String plain = attributes.getValue("style");
        String computed = attributes.getValue("th:style");
        if (computed == null) {
            styles.add(plain == null ? "" : plain);
            return styles;
        }
        Matcher expression = EXPRESSION.matcher(computed);
        List<String> used = new ArrayList<>();
        while (expression.find()) {
            used.add(expression.group());
            // A colour the test cannot know fails here rather than passing unread.
            assertThat(expression.group(1).strip()).as("a th:style's expression").endsWith(".color");
        }
        for (String colour : used.isEmpty() ? Set.of("") : statusColours) {
            String style = computed;
            for (String e : used) {
                style = style.replace(e, "'" + colour + "'");
            }
            styles.add((plain == null ? "" : plain + ";") + style.replaceAll("'\\s*\\+\\s*'", "").replace("'", ""));
        }
        return styles;
    }

    private static java.util.Optional<String> declared(String style, String property) {
        Matcher declaration = Pattern.compile("(?:^|;)\\s*" + property + "\\s*:\\s*([^;]+)").matcher(style);
        String value = null;
        while (declaration.find()) {
            value = declaration.group(1).strip();
        }
        if (value != null) {
            assertThat(value).as(property + " in " + style).matches("#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}");
        }
        return java.util.Optional.ofNullable(value);
    }

    private static Set<String> inherit(Set<String> own, Set<String> parents) {
        Set<String> result = new LinkedHashSet<>();
        for (String value : own) {
            if (value == null) {
                result.addAll(parents);
            }
            else {
                result.add(value);
            }
        }
        return result;
    }

    /** An open element: the colours its text may have and the backgrounds it may sit on. */
    private static final class Frame {
        final Set<String> foregrounds;
        final Set<String> backgrounds;
        boolean text;

        Frame(Set<String> foregrounds, Set<String> backgrounds) {
            this.foregrounds = foregrounds;
            this.backgrounds = backgrounds;
        }
    }
}
