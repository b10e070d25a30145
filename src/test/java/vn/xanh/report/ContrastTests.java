package vn.xanh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import vn.xanh.indicators.calc.Status;

class ContrastTests {

    @Test
    void computesTheWcagRatioOfKnownPairs() {
        // when / then: the values WCAG's own examples and checkers give
        assertThat(Contrast.ratio("#000000", "#FFFFFF")).isCloseTo(21.0, within(0.001));
        assertThat(Contrast.ratio("#FFFFFF", "#000000")).isCloseTo(21.0, within(0.001));
        assertThat(Contrast.ratio("#777777", "#FFFFFF")).isCloseTo(4.48, within(0.01));
        assertThat(Contrast.ratio("#767676", "#FFFFFF")).isCloseTo(4.54, within(0.01));
        assertThat(Contrast.ratio("#F9A825", "#F9A825")).isEqualTo(1.0);
        assertThat(Contrast.ratio("#222", "#222222")).isEqualTo(1.0);
    }

    @Test
    void everyStatusHasALegibleTextColourOfItsOwnHue() {
        for (Status status : Status.values()) {
            // when
            String text = StatusColors.text(status);

            // then: legible on white, and the same hue darkened (or the colour itself when already legible)
            assertThat(Contrast.ratio(text, "#FFFFFF")).as(status.name()).isGreaterThanOrEqualTo(Contrast.TEXT);
            java.awt.Color fill = StatusColors.color(status);
            java.awt.Color shade = java.awt.Color.decode(text);
            float[] a = java.awt.Color.RGBtoHSB(fill.getRed(), fill.getGreen(), fill.getBlue(), null);
            float[] b = java.awt.Color.RGBtoHSB(shade.getRed(), shade.getGreen(), shade.getBlue(), null);
            assertThat(b[0]).as(status.name()).isCloseTo(a[0], within(0.02f));
        }
        assertThat(StatusColors.text(Status.DAT)).isEqualTo(StatusColors.hex(Status.DAT));
    }
}
