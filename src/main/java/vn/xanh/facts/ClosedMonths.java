package vn.xanh.facts;

import java.time.OffsetDateTime;
import java.time.YearMonth;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.xanh.catalog.Catalog;

/**
 * Which months are closed: a month closes on {@code close_day} of the month after it (jobs/schedule.yml),
 * and from then on its numbers change only with a clerk's approval. {@code xanh.close-months=false}
 * leaves every month open, for loading the months before the commune started using xanh.
 */
@Component
public class ClosedMonths {

    private final Catalog catalog;
    private final boolean enabled;
    /** Set while the demonstration loads its months of history in this process: nothing to approve there. */
    private volatile boolean loadingHistory;

    public ClosedMonths(Catalog catalog, @Value("${xanh.close-months:true}") boolean enabled) {
        this.catalog = catalog;
        this.enabled = enabled;
    }

    /** Whether the month was closed at that moment, in the commune's time zone. */
    public boolean closed(YearMonth period, OffsetDateTime at) {
        if (!enabled || loadingHistory || period == null || at == null) {
            return false;
        }
        return !at.atZoneSameInstant(catalog.schedule().timeZone()).toLocalDate()
                .isBefore(catalog.schedule().closesOn(period));
    }

    public boolean enabled() {
        return enabled;
    }

    /** Runs the work with every month open: the demonstration's history of past months is not a late change. */
    public <T> T loadingHistory(java.util.concurrent.Callable<T> work) throws Exception {
        loadingHistory = true;
        try {
            return work.call();
        }
        finally {
            loadingHistory = false;
        }
    }
}
