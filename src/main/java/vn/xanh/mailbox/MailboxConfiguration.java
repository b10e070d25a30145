package vn.xanh.mailbox;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.xanh.mailbox.internal.MailTexts;

/** The mailbox's settings, {@code xanh.mailbox.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailboxProperties.class)
class MailboxConfiguration {

    /** The words of answers and reminders, from {@code templates/mail/}. */
    @Bean
    MailTexts mailTexts() {
        return new MailTexts();
    }
}
