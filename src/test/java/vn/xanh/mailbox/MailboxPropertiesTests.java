package vn.xanh.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The mailbox's settings as a commune sets them: environment variables, with defaults for the rest. */
class MailboxPropertiesTests {

    @Test
    void environmentVariablesSetTheMailbox() {
        MailboxProperties settings = bind(Map.of("XANH_MAILBOX_HOST", "imap.gmail.com", "XANH_MAILBOX_USERNAME",
                "chuyendoixanh.tanky@gmail.com", "XANH_MAILBOX_PASSWORD", "abcd efgh ijkl mnop"));

        assertThat(settings.configured()).isTrue();
        assertThat(settings.host()).isEqualTo("imap.gmail.com");
        assertThat(settings.username()).isEqualTo("chuyendoixanh.tanky@gmail.com");
        assertThat(settings.protocol()).isEqualTo("imaps");
        assertThat(settings.folder()).isEqualTo("INBOX");
        assertThat(settings.port()).isNull();
        assertThat(settings.toString()).doesNotContain("abcd");
    }

    @Test
    void plainImapOnAnotherPortAndFolder() {
        MailboxProperties settings = bind(Map.of("XANH_MAILBOX_HOST", "mail.tanky.gov.vn", "XANH_MAILBOX_PORT", "143",
                "XANH_MAILBOX_PROTOCOL", "IMAP", "XANH_MAILBOX_FOLDER", "Bao cao"));

        assertThat(settings.protocol()).isEqualTo("imap");
        assertThat(settings.port()).isEqualTo(143);
        assertThat(settings.folder()).isEqualTo("Bao cao");
    }

    @Test
    void withoutAHostNothingIsFetched() {
        assertThat(bind(Map.of()).configured()).isFalse();
    }

    @Test
    void anotherProtocolIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> bind(Map.of("XANH_MAILBOX_HOST", "x", "XANH_MAILBOX_PROTOCOL", "pop3")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("xanh.mailbox.protocol");
    }

    private static MailboxProperties bind(Map<String, Object> environment) {
        StandardEnvironment spring = new StandardEnvironment();
        spring.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        environment));
        ConfigurationPropertySources.attach(spring);
        return Binder.get(spring).bindOrCreate("xanh.mailbox", MailboxProperties.class);
    }
}
