package vn.xanh.system;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One run at a time, across processes and machines sharing the database (the scheduler, a clerk's
 * {@code xanh run}, a rerun): a row in {@code run_lock} held with a lease that a heartbeat renews. A
 * process killed while holding it stops renewing, and its lease lapses after a minute; on the same
 * machine, a lock whose process no longer exists is taken over at once; on PostgreSQL a session-level
 * advisory lock goes with the row, so a holder whose connection died is known to be gone at once.
 * <p>
 * The lock is fenced: each acquisition writes its own token into the row, every renewal checks that
 * its update touched that row, and the commits that matter (a file's record, a day's indicator
 * results, the digest outbox) call {@link #verifyHeld()} inside their transaction. A run whose lease
 * lapsed while it was stalled, and whose lock another machine took, stops there with
 * {@link LostException} before writing anything more.
 */
@Component
public class RunLock {

    private static final Logger log = LoggerFactory.getLogger(RunLock.class);
    static final Duration HEARTBEAT = Duration.ofSeconds(10);
    static final Duration LEASE = Duration.ofSeconds(60);

    /** Someone else holds the lock; the message says who and since when, in Vietnamese. */
    public static class BusyException extends RuntimeException {

        public BusyException(String message) {
            super(message);
        }
    }

    /** This run no longer holds the lock: another took it over; the message says so in Vietnamese. */
    public static class LostException extends RuntimeException {

        public LostException(String message) {
            super(message);
        }
    }

    private final Duration wait;
    private final String host;
    private final long pid;
    private final LockRow row;
    private final AdvisoryLock advisory;
    private volatile String token;
    private volatile boolean lost;

    @Autowired
    public RunLock(JdbcClient jdbc, DataSource dataSource, @Value("${xanh.lock.wait:30s}") Duration wait) {
        this(jdbc, dataSource, wait, host(), ProcessHandle.current().pid());
    }

    /** A lock owner on the given machine and process: tests play two machines with two of these. */
    RunLock(JdbcClient jdbc, DataSource dataSource, Duration wait, String host, long pid) {
        this.wait = wait;
        this.host = host;
        this.pid = pid;
        this.row = new LockRow(jdbc, host, pid);
        this.advisory = AdvisoryLock.on(dataSource);
    }

    /** Runs the work holding the lock, waiting for it at most the configured time. */
    public <T> T callExclusively(Callable<T> work) throws Exception {
        acquire();
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "run-lock-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleAtFixedRate(this::renew, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return work.call();
        }
        finally {
            heartbeat.shutdownNow();
            release();
        }
    }

    /**
     * Called inside the transaction of a commit that matters: passes when this process holds the lock
     * (or runs without it, as a single service called directly does), and otherwise throws, so the
     * commit rolls back. The update locks the row until the commit, so no other machine can take the
     * lock over between this check and the commit.
     */
    public void verifyHeld() {
        String held = token;
        if (held == null) {
            return;
        }
        if (lost || !advisory.holdOrRetake() || row.touch(held) == 0) {
            lost = true;
            throw lostException();
        }
    }

    /** True while this owner holds the lock and has not found it taken. */
    boolean held() {
        return token != null && !lost;
    }

    void acquire() throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        boolean told = false;
        while (true) {
            if (tryAcquire()) {
                return;
            }
            LockRow.Holder holder = row.holder().orElse(null);
            if (System.nanoTime() >= deadline) {
                throw new BusyException("Đang có một lần chạy khác" + (holder == null ? "" : " của " + holder.holder()
                        + " từ " + Vietnamese.dateTime(holder.since())) + ". Hãy chờ lần chạy đó xong rồi chạy lại.");
            }
            if (!told && holder != null) {
                log.info("Waiting for the run lock held by {} since {}", holder.holder(), holder.since());
                told = true;
            }
            Thread.sleep(1000);
        }
    }

    private boolean tryAcquire() {
        if (!advisory.tryLock()) {
            return false;
        }
        String mine = UUID.randomUUID().toString();
        boolean acquired;
        try {
            row.insert(mine);
            acquired = true;
        }
        catch (DataIntegrityViolationException taken) {
            acquired = takeOver(mine);
        }
        catch (TransientDataAccessException rowBusy) {
            // H2: the holder is in the middle of a fenced commit and has the row locked.
            acquired = false;
        }
        if (acquired) {
            token = mine;
            lost = false;
        }
        else {
            advisory.unlock();
        }
        return acquired;
    }

    private boolean takeOver(String mine) {
        LockRow.Holder holder = row.holder().orElse(null);
        if (holder == null) {
            return false;
        }
        String why = null;
        if (advisory.supported()) {
            // We hold the advisory lock, so the row's holder has no session left: it is gone.
            why = "its database session ended";
        }
        else if (holder.deadOn(host)) {
            why = "its process no longer exists";
        }
        else if (holder.isProcess(host, pid)) {
            // Left by this very process, when the database went away before the lock could be released.
            why = "this process could not release it";
        }
        boolean tookOver = why != null ? row.takeFrom(holder, mine) : row.takeLapsed(mine, LEASE);
        if (tookOver) {
            log.warn("Took over the run lock of {}: {}", holder.holder(), why != null ? why : "its lease lapsed");
        }
        return tookOver;
    }

    /** The heartbeat: renews the lease, and finds out when the row no longer carries our token. */
    void renew() {
        String held = token;
        if (held == null || lost) {
            return;
        }
        try {
            if (!advisory.holdOrRetake() || row.touch(held) == 0) {
                lost = true;
                log.error("The run lock was taken over by another process; this run stops before its next commit");
            }
        }
        catch (RuntimeException e) {
            // The database may be briefly away; the lease allows a minute, and every commit checks anyway.
            log.warn("Could not renew the run lock: {}", e.getMessage());
        }
    }

    void release() {
        String held = token;
        token = null;
        try {
            if (held != null) {
                row.delete(held);
            }
        }
        catch (RuntimeException e) {
            // Not worth failing the run for: the next run takes over a lock of this process or an expired lease.
            log.warn("Could not release the run lock: {}", e.getMessage());
        }
        finally {
            advisory.unlock();
        }
    }

    private LostException lostException() {
        String other = row.holder().map(h -> " " + h.holder() + " đã nhận khóa từ " + Vietnamese.dateTime(h.since()) + ";")
                .orElse("");
        return new LostException("Lần chạy này đã mất khóa chạy (quá lâu không gia hạn được):" + other
                + " dừng lại, không ghi gì thêm. Chạy lại lệnh sau khi lần chạy kia xong.");
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        }
        catch (UnknownHostException e) {
            return ManagementFactory.getRuntimeMXBean().getName();
        }
    }
}
