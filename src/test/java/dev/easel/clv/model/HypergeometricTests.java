package dev.easel.clv.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

class HypergeometricTests {

    @Test
    void equalsClosedFormsUpToArgumentsNearOne() {
        for (double z : new double[] {0.01, 0.3, 0.6, 0.9, 0.99, 0.999}) {
            // 2F1(1, 1; 2; z) = -ln(1 - z) / z and 2F1(a, b; b; z) = (1 - z)^-a
            assertThat(Hypergeometric.hyp2f1(1, 1, 2, z)).isCloseTo(-Math.log1p(-z) / z, withinPercentage(1e-10));
            assertThat(Hypergeometric.hyp2f1(0.7, 2.3, 2.3, z))
                    .isCloseTo(Math.pow(1 - z, -0.7), withinPercentage(1e-10));
        }
    }

    @Test
    void evaluatesSeveralArgumentsAsOneCallPerArgumentWould() {
        double[] z = {0.1, 0.35, 0.5, 0.8, 0.95};
        double[] out = new double[z.length];

        Hypergeometric.hyp2f1(2.24, 4.43, 5.2, z, out);

        for (int i = 0; i < z.length; i++) {
            assertThat(out[i]).isCloseTo(Hypergeometric.hyp2f1(2.24, 4.43, 5.2, z[i]), withinPercentage(1e-10));
        }
    }

    @Test
    void refusesArgumentsOutsideTheSeriesRange() {
        assertThatThrownBy(() -> Hypergeometric.hyp2f1(1, 1, 2, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
