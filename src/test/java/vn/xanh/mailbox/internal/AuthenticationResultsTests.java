package vn.xanh.mailbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The receiving server's verdict read from Authentication-Results headers as real servers write them (RFC 8601). */
class AuthenticationResultsTests {

    static final String US = "mx.tanky.haiphong.gov.vn";
    static final String SENDER = "thonnam.tanky@example.com";

    @Test
    void dmarcPassFromTheTrustedServerPassesWhateverTheCaseCommentsAndVersion() {
        // given: Postfix's style, a version, comments with semicolons and parentheses, mixed case
        String header = "MX.TANKY.haiphong.gov.vn (amavis; \"x\" (nested; comment)) 1;\r\n\tspf=pass"
                + " smtp.mailfrom=example.com;\r\n\tDMARC = Pass (p=REJECT sp=NONE) header.from=example.com";

        // when / then
        assertThat(AuthenticationResults.verdict(List.of(header), US, SENDER).passed()).isTrue();
    }

    @Test
    void onlyTheTopmostHeaderOfTheTrustedServerCountsAndOthersAreIgnored() {
        // given: the server's own verdict on top, a forged pass under it, and another server's pass
        List<String> headers = List.of(US + "; dmarc=fail header.from=example.com", US + "; dmarc=pass",
                "mx.evil.example; dmarc=pass");

        // when
        AuthenticationResults.Verdict verdict = AuthenticationResults.verdict(headers, US, SENDER);

        // then
        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.reason()).contains("dmarc=fail");
        assertThat(AuthenticationResults.verdict(List.of("mx.evil.example; dmarc=pass"), US, SENDER).reason())
                .contains("không có kết quả xác thực của máy chủ");
    }

    @Test
    void withoutADmarcPolicyAnAlignedDkimSignaturePassesAndAnotherDomainsDoesNot() {
        assertThat(AuthenticationResults.verdict(List.of(US + "; dmarc=none; dkim=pass header.i=@mail.example.com"), US,
                SENDER).passed()).isTrue();
        assertThat(AuthenticationResults.verdict(List.of(US + "; dkim=pass header.d=example.com"), US, SENDER).passed())
                .isTrue();
        assertThat(AuthenticationResults.verdict(List.of(US + "; dkim=pass header.d=gmail.com; spf=pass"), US, SENDER)
                .passed()).isFalse();
        assertThat(AuthenticationResults.verdict(List.of(US + "; dkim=fail header.d=example.com"), US, SENDER).passed())
                .isFalse();
        assertThat(AuthenticationResults.verdict(List.of(US + "; none"), US, SENDER).passed()).isFalse();
    }

    @Test
    void aQuotedValueWithASemicolonDoesNotSplitTheResult() {
        assertThat(AuthenticationResults.verdict(List.of(US + "; dkim=pass reason=\"good; signature\""
                + " header.d=example.com"), US, SENDER).passed()).isTrue();
    }
}
