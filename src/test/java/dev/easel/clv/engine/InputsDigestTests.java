package dev.easel.clv.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.clv.ConsentGate;
import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.rules.facts.Consent;
import dev.easel.rules.facts.ConsentStatus;
import dev.easel.rules.facts.Customer;
import dev.easel.rules.facts.CustomerType;
import dev.easel.rules.facts.EligibilityStatus;
import dev.easel.rules.facts.LawfulBasis;
import dev.easel.rules.facts.Order;
import dev.easel.rules.facts.ProductCategory;
import dev.easel.rules.facts.Purpose;
import dev.easel.rules.facts.SellerParty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inputs digest over the facts' fields: the same facts give the same digest, any changed field another. */
class InputsDigestTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final Customer PERSON = new Customer("cus_digest", CustomerType.INDIVIDUAL, "DE", null, 1980);
    private static final Consent GIVEN = new Consent(
            "cus_digest",
            Purpose.CLV_PROFILING,
            ConsentStatus.GIVEN,
            LawfulBasis.CONSENT,
            Instant.parse("2025-01-02T03:04:05.123456Z"),
            "web",
            "p-1",
            "wording",
            false);

    @Test
    void sameFactsGiveTheSameDigestAndItIsHexSha256() {
        String gate = InputsDigest.ofGate(TODAY, PERSON, List.of(GIVEN));
        String digest = InputsDigest.ofAdjustments(gate, ModelTimeUnit.DAYS, List.of(order("12.50")));

        assertThat(digest).matches("[0-9a-f]{64}");
        assertThat(InputsDigest.ofAdjustments(
                        InputsDigest.ofGate(TODAY, copyOf(PERSON), List.of(GIVEN)),
                        ModelTimeUnit.DAYS,
                        List.of(order("12.50"))))
                .isEqualTo(digest);
    }

    @Test
    void everyChangedFieldChangesTheDigest() {
        String gate = InputsDigest.ofGate(TODAY, PERSON, List.of(GIVEN));
        String digest = InputsDigest.ofAdjustments(gate, ModelTimeUnit.DAYS, List.of(order("12.50")));

        assertThat(List.of(
                        InputsDigest.ofGate(TODAY.plusDays(1), PERSON, List.of(GIVEN)),
                        InputsDigest.ofGate(
                                TODAY,
                                new Customer("cus_digest", CustomerType.INDIVIDUAL, "DE", null, 1981),
                                List.of(GIVEN)),
                        InputsDigest.ofGate(TODAY, PERSON, List.of()),
                        InputsDigest.ofGate(
                                TODAY,
                                PERSON,
                                List.of(new Consent(
                                        "cus_digest",
                                        Purpose.CLV_PROFILING,
                                        ConsentStatus.GIVEN,
                                        LawfulBasis.CONSENT,
                                        GIVEN.capturedAt().plusNanos(1000),
                                        "web",
                                        "p-1",
                                        "wording",
                                        false)))))
                .doesNotContain(gate)
                .doesNotHaveDuplicates();
        assertThat(List.of(
                        InputsDigest.ofAdjustments(gate, ModelTimeUnit.WEEKS, List.of(order("12.50"))),
                        InputsDigest.ofAdjustments(gate, ModelTimeUnit.DAYS, List.of(order("12.51"))),
                        // The same amount written with another scale was told apart by the text and still is.
                        InputsDigest.ofAdjustments(gate, ModelTimeUnit.DAYS, List.of(order("12.500"))),
                        InputsDigest.ofAdjustments(gate, ModelTimeUnit.DAYS, List.of()),
                        InputsDigest.ofAdjustments(gate, ModelTimeUnit.DAYS, List.of(order("12.50"), order("12.50")))))
                .doesNotContain(digest)
                .doesNotHaveDuplicates();
    }

    @Test
    void consentRecordsGiveTheSameDigestInWhateverOrderTheyCome() {
        Consent marketing = new Consent(
                "cus_digest",
                Purpose.MARKETING_SYNC,
                ConsentStatus.WITHDRAWN,
                LawfulBasis.CONSENT,
                Instant.parse("2025-03-04T05:06:07Z"),
                "web",
                "p-1",
                "wording",
                false);

        assertThat(InputsDigest.ofGate(TODAY, PERSON, List.of(GIVEN, marketing)))
                .isEqualTo(InputsDigest.ofGate(TODAY, PERSON, List.of(marketing, GIVEN)));
    }

    @Test
    void textsThatRunTogetherAreToldApart() {
        Customer split = new Customer("cus_digest", CustomerType.INDIVIDUAL, "DE", "X", 1980);
        Customer joined = new Customer("cus_digest", CustomerType.INDIVIDUAL, "DEX", null, 1980);

        assertThat(InputsDigest.ofGate(TODAY, split, List.of()))
                .isNotEqualTo(InputsDigest.ofGate(TODAY, joined, List.of()));
    }

    @Test
    void suppressionDigestCoversTheGateOutcome() {
        ConsentGate withdrawn = new ConsentGate(
                "cus_digest", EligibilityStatus.SUPPRESSED, List.of("WITHDRAWN"), List.of("withdrawal"), "r1");
        ConsentGate refused = new ConsentGate(
                "cus_digest", EligibilityStatus.SUPPRESSED, List.of("REFUSED"), List.of("withdrawal"), "r1");

        assertThat(InputsDigest.ofSuppression(TODAY, withdrawn))
                .isEqualTo(InputsDigest.ofSuppression(TODAY, withdrawn))
                .isNotEqualTo(InputsDigest.ofSuppression(TODAY, refused))
                .isNotEqualTo(InputsDigest.ofSuppression(TODAY.minusDays(1), withdrawn));
    }

    private static Customer copyOf(Customer customer) {
        return new Customer(
                new String(customer.customerKey()),
                customer.type(),
                new String(customer.country()),
                customer.region(),
                customer.birthYear());
    }

    private static Order order(String amount) {
        return Order.builder("o-1", PERSON.customerKey(), TODAY.minusDays(10))
                .line(ProductCategory.PAINTS, 2, new BigDecimal(amount))
                .line(ProductCategory.PAPER, 1, new BigDecimal("3.00"), "s-1", SellerParty.THIRD_PARTY, true, "FR")
                .total(new BigDecimal(amount).add(new BigDecimal("3.00")))
                .build();
    }
}
