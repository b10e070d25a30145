package vn.xanh.system;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One run at a time, across processes sharing the database (the scheduler, a clerk's {@code xanh run},
 * a rerun): a row in {@code run_lock} held with a lease that a heartbeat renews. A process killed
 * while holding it stops renewing, and its lease lapses after a minute; on the same machine, a lock
 * whose process no longer exists is taken over at once. Works the same on H2 and PostgreSQL, and on
 * the machine's real time whatever date a run is for.
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

    private record Holder(String holder, OffsetDateTime since, String host, Long pid) {

        boolean deadOn(String thisHost) {
            return thisHost.equals(host) && pid != null && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        }
    }

    private final JdbcClient jdbc;
    private final Duration wait;
    private final String host;
    private final long pid;
    private final String me;

    public RunLock(JdbcClient jdbc, @Value("${xanh.lock.wait:30s}") Duration wait) {
        this.jdbc = jdbc;
        this.wait = wait;
        this.host = host();
        this.pid = ProcessHandle.current().pid();
        this.me = host + " (tiến trình " + pid + ")";
    }

    /** Runs the work holding the lock, waiting for it at most the configured time. */
    public <T> T callExclusively(Callable<T> work) throws Exception {
        acquire();
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "run-lock-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        ScheduledFuture<?> beat = heartbeat.scheduleAtFixedRate(this::renew, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            return work.call();
        }
        finally {
            beat.cancel(false);
            heartbeat.shutdownNow();
            release();
        }
    }

    private void acquire() throws InterruptedException {
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
        OffsetDateTime now = now();
        try {
            jdbc.sql("INSERT INTO run_lock (name, holder, acquired_at, heartbeat_at, host, pid)"
                    + " VALUES (:name, :me, :now, :now, :host, :pid)")
                    .param("name", NAME).param("me", me).param("now", now).param("host", host).param("pid", pid)
                    .update();
            return true;
        }
        catch (DataIntegrityViolationException taken) {
            Holder holder = holder().orElse(null);
            if (holder != null && holder.deadOn(host)) {
                log.warn("Taking over the run lock of {}, a process that no longer exists", holder.holder());
                return takeOver("holder = :previous", holder.holder(), now);
            }
            boolean tookOver = takeOver("heartbeat_at < :previous", now.minus(LEASE), now);
            if (tookOver) {
                log.warn("Took over a run lock whose holder stopped renewing it");
            }
            return tookOver;
        }
    }

    private boolean takeOver(String condition, Object previous, OffsetDateTime now) {
        return jdbc.sql("UPDATE run_lock SET holder = :me, acquired_at = :now, heartbeat_at = :now, host = :host,"
                + " pid = :pid WHERE name = :name AND " + condition)
                .param("me", me).param("now", now).param("host", host).param("pid", pid).param("name", NAME)
                .param("previous", previous).update() == 1;
    }

    private void renew() {
        try {
            jdbc.sql("UPDATE run_lock SET heartbeat_at = :now WHERE name = :name AND holder = :me")
                    .param("now", now()).param("name", NAME).param("me", me).update();
        }
        catch (RuntimeException e) {
            log.warn("Could not renew the run lock: {}", e.getMessage());
        }
    }

    private void release() {
        jdbc.sql("DELETE FROM run_lock WHERE name = :name AND holder = :me").param("name", NAME).param("me", me)
                .update();
    }

    private Optional<Holder> holder() {
        return jdbc.sql("SELECT holder, acquired_at, host, pid FROM run_lock WHERE name = :name").param("name", NAME)
                .query((rs, n) -> new Holder(rs.getString(1), rs.getTimestamp(2).toInstant().atOffset(ZoneOffset.UTC),
                        rs.getString(3), rs.getObject(4) == null ? null : rs.getLong(4)))
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
