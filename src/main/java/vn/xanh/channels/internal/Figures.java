package vn.xanh.channels.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Channels;
import vn.xanh.catalog.Indicator;
import vn.xanh.facts.GreenModel;
import vn.xanh.indicators.calc.IndicatorResult;
import vn.xanh.indicators.calc.Point;
import vn.xanh.indicators.calc.Status;

/**
 * Everything the channels show for one as-of date, gathered once so that the bulletin, the pictures and
 * the page can never disagree: the stored results the digest reads, each indicator's monthly history, the
 * models recognised.
 *
 * @param month the last closed month, which names the files
 */
public record Figures(Catalog catalog, LocalDate asOf, YearMonth month, List<Target> targets,
        List<GreenModel> models) {

    /** One indicator with its stored result (null when none was stored) and its history. */
    public record Target(Indicator indicator, IndicatorResult result, List<Point> history) {

        public Status status() {
            return result == null ? Status.KHONG_DU_LIEU : result.status();
        }

        /** The one rule of IndicatorResult.needsAttention(); nothing measured needs none. */
        public boolean needsAttention() {
            return result != null && result.needsAttention();
        }

        public boolean measured() {
            return result != null && result.measured().value() != null;
        }

        /** How far along, 0 to 100, for a progress bar: attainment as stored. */
        public double progress() {
            Double attainment = result == null ? null : result.progress().attainment();
            return attainment == null ? 0 : Math.max(0, Math.min(100, attainment));
        }

        public boolean lowerIsBetter() {
            return indicator.goal().lowerIsBetter();
        }
    }

    public Channels channels() {
        return catalog.channels();
    }

    public Optional<Target> target(String code) {
        return targets.stream().filter(t -> t.indicator().code().equals(code)).findFirst();
    }

    /** The people's targets of {@code kenh.yml}, in its order. */
    public List<Target> peopleTargets() {
        return channels().peopleTargets().stream().map(p -> target(p.code()).orElseThrow()).toList();
    }

    public long count(Status... statuses) {
        List<Status> wanted = List.of(statuses);
        return targets.stream().filter(t -> wanted.contains(t.status())).count();
    }

    /** Achieved or on track: the headline of every picture. */
    public long onCourse() {
        return count(Status.DAT, Status.DUNG_TIEN_DO);
    }

    public List<GreenModel> modelsOfMonth() {
        return models.stream().filter(m -> m.reportedFor().equals(month)).toList();
    }

    /** "xã Tân Kỳ" inside a sentence. */
    public String communeInText() {
        return catalog.commune().inText();
    }
}
