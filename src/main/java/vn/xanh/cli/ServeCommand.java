package vn.xanh.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.xanh.batch.NightlyScheduler;
import vn.xanh.catalog.Catalog;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "serve", description = "Chạy thường trực: tổng hợp hằng đêm theo lịch trong jobs/schedule.yml, chạy bù lần bị lỡ khi"
                + " máy tắt, gửi lại bản tin chưa gửi được. Dừng bằng Ctrl+C hoặc systemctl stop.")
class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final NightlyScheduler scheduler;
    private final Catalog catalog;
    private final CountDownLatch stopped = new CountDownLatch(1);

    ServeCommand(NightlyScheduler scheduler, Catalog catalog) {
        this.scheduler = scheduler;
        this.catalog = catalog;
    }

    @Override
    public Integer call() throws InterruptedException {
        ThreadPoolTaskScheduler running = scheduler.start();
        Thread shutdown = new Thread(stopped::countDown, "serve-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        spec.commandLine().getOut().println("xanh đang chạy thường trực, lịch: " + catalog.schedule().cron() + " ("
                + catalog.schedule().timeZone() + "). Dừng bằng Ctrl+C.");
        try {
            stopped.await();
        }
        finally {
            running.shutdown();
            try {
                Runtime.getRuntime().removeShutdownHook(shutdown);
            }
            catch (IllegalStateException alreadyStopping) {
                // the JVM is shutting down: the hook has run
            }
        }
        spec.commandLine().getOut().println("Đã dừng.");
        return ExitCodes.DONE;
    }
}
