package vn.xanh.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.CatalogLoader;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(XanhProperties.class)
public class SystemConfiguration {

    /** The embedded database's own password (data/h2-password), given before the datasource is made. */
    @Bean
    static EmbeddedDatabasePassword embeddedDatabasePassword() {
        return new EmbeddedDatabasePassword();
    }

    /** Loaded once at start: a broken file in {@code jobs/} stops the program before any work. */
    @Bean
    Catalog catalog(XanhProperties properties) {
        return new CatalogLoader(properties.jobsDir()).load();
    }

    /** The commune's clock: Vietnam's time zone, or a fixed day when {@code xanh.today} is set. */
    @Bean
    Clock clock(Catalog catalog, XanhProperties properties) {
        ZoneId zone = catalog.schedule().timeZone();
        if (properties.today() != null) {
            return Clock.fixed(properties.today().atTime(12, 0).atZone(zone).toInstant(), zone);
        }
        return Clock.system(zone);
    }
}
