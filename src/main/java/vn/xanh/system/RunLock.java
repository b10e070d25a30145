package vn.xanh.system;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
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
    private static final String NAME = "nightly";
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

    private record Holder(String holder, OffsetDateTime since, String host, Long pid, String token) {

        boolean deadOn(String thisHost) {
            return thisHost.equals(host) && pid != null && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        }
    }

    private final JdbcClient jdbc;
    private final Duration wait;
    private final String host;
    private final long pid;
    private final String me;
    private final AdvisoryLock advisory;
    private volatile String token;
    private volatile boolean lost;

    @Autowired
    public RunLock(JdbcClient jdbc, DataSource dataSource, @Value("${xanh.lock.wait:30s}") Duration wait) {
        this(jdbc, dataSource, wait, host(), ProcessHandle.current().pid());
    }

    /** A lock owner on the given machine and process: tests play two machines with two of these. */
    RunLock(JdbcClient jdbc, DataSource dataSource, Duration wait, String host, long pid) {
        this.jdbc = jdbc;
        this.wait = wait;
        this.host = host;
        this.pid = pid;
        this.me = host + " (tiến trình " + pid + ")";
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
        if (lost || !advisory.holdOrRetake() || touch(held) == 0) {
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
            Holder holder = holder().orElse(null);
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
        OffsetDateTime now = now();
        boolean acquired;
        try {
            jdbc.sql("INSERT INTO run_lock (name, holder, acquired_at, heartbeat_at, host, pid, token)"
                    + " VALUES (:name, :me, :now, :now, :host, :pid, :token)")
                    .param("name", NAME).param("me", me).param("now", now).param("host", host).param("pid", pid)
                    .param("token", mine).update();
            acquired = true;
        }
        catch (DataIntegrityViolationException taken) {
            acquired = takeOver(mine, now);
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

    private boolean takeOver(String mine, OffsetDateTime now) {
        Holder holder = holder().orElse(null);
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
        else if (host.equals(holder.host()) && holder.pid() != null && holder.pid() == pid) {
            // Left by this very process, when the database went away before the lock could be released.
            why = "this process could not release it";
        }
        boolean tookOver;
        if (why != null) {
            tookOver = update(mine, now, "token IS NOT DISTINCT FROM :previous AND holder = :holder",
                    holder.token(), holder.holder());
        }
        else {
            why = "its lease lapsed";
            tookOver = update(mine, now, "heartbeat_at < :previous", now.minus(LEASE), null);
        }
        if (tookOver) {
            log.warn("Took over the run lock of {}: {}", holder.holder(), why);
        }
        return tookOver;
    }

    private boolean update(String mine, OffsetDateTime now, String condition, Object previous, String holder) {
        return jdbc.sql("UPDATE run_lock SET holder = :me, acquired_at = :now, heartbeat_at = :now, host = :host,"
                + " pid = :pid, token = :token WHERE name = :name AND " + condition)
                .param("me", me).param("now", now).param("host", host).param("pid", pid).param("token", mine)
                .param("name", NAME).param("previous", previous).param("holder", holder).update() == 1;
    }

    /** The heartbeat: renews the lease, and finds out when the row no longer carries our token. */
    void renew() {
        String held = token;
        if (held == null || lost) {
            return;
        }
        try {
            if (!advisory.holdOrRetake() || touch(held) == 0) {
                lost = true;
                log.error("The run lock was taken over by another process; this run stops before its next commit");
            }
        }
        catch (RuntimeException e) {
            // The database may be briefly away; the lease allows a minute, and every commit checks anyway.
            log.warn("Could not renew the run lock: {}", e.getMessage());
        }
    }

    private int touch(String held) {
        return jdbc.sql("UPDATE run_lock SET heartbeat_at = :now WHERE name = :name AND token = :token")
                .param("now", now()).param("name", NAME).param("token", held).update();
    }

    void release() {
        String held = token;
        token = null;
        try {
            if (held != null) {
                jdbc.sql("DELETE FROM run_lock WHERE name = :name AND token = :token").param("name", NAME)
                        .param("token", held).update();
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
        String other = holder().map(h -> " " + h.holder() + " đã nhận khóa từ " + Vietnamese.dateTime(h.since()) + ";")
                .orElse("");
        return new LostException("Lần chạy này đã mất khóa chạy (quá lâu không gia hạn được):" + other
                + " dừng lại, không ghi gì thêm. Chạy lại lệnh sau khi lần chạy kia xong.");
    }

    private Optional<Holder> holder() {
        return jdbc.sql("SELECT holder, acquired_at, host, pid, token FROM run_lock WHERE name = :name")
                .param("name", NAME)
                .query((rs, n) -> new Holder(rs.getString(1), rs.getTimestamp(2).toInstant().atOffset(ZoneOffset.UTC),
                        rs.getString(3), rs.getObject(4) == null ? null : rs.getLong(4), rs.getString(5)))
                .optional();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
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
