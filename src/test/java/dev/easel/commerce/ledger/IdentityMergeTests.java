package dev.easel.commerce.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.commerce.CustomerRecorded.Outcome;
import dev.easel.commerce.CustomerRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class IdentityMergeTests {

    private final AtomicInteger keys = new AtomicInteger();
    private final Supplier<String> newKey = () -> "cus_new" + keys.incrementAndGet();
    private final CustomerRef ada = new CustomerRef(1, "cus_ada");
    private final CustomerRef bea = new CustomerRef(2, "cus_bea");

    @Test
    void normalisesEmailByTrimmingAndLowerCasingOnly() {
        assertThat(CustomerRules.normaliseEmail("  Ada.Lovelace@Example.COM ")).isEqualTo("ada.lovelace@example.com");
        assertThat(CustomerRules.normaliseEmail("a.d.a+paints@gmail.com")).isEqualTo("a.d.a+paints@gmail.com");
        assertThat(CustomerRules.normaliseEmail(" ")).isNull();
    }

    @Test
    void joinsANewSourceIdToTheCustomerWithTheSameEmail() {
        List<IdentityMerge.Decision> decisions = IdentityMerge.decide(
                List.of(customer("shopify-77", " ADA@example.com")), Map.of(), Map.of("ada@example.com", ada), newKey);

        assertThat(decisions).singleElement().satisfies(decision -> {
            assertThat(decision.outcome()).isEqualTo(Outcome.MERGED);
            assertThat(decision.target().key()).isEqualTo("cus_ada");
            assertThat(decision.newSourceId()).isTrue();
        });
    }

    @Test
    void createsACustomerWithAFreshKeyWhenNothingMatches() {
        List<IdentityMerge.Decision> decisions =
                IdentityMerge.decide(List.of(customer("web-5", "new@example.com")), Map.of(), Map.of(), newKey);

        assertThat(decisions.get(0).outcome()).isEqualTo(Outcome.CREATED);
        assertThat(decisions.get(0).target().key()).isEqualTo("cus_new1");
    }

    @Test
    void keepsAKnownSourceIdOnItsCustomer() {
        List<IdentityMerge.Decision> decisions =
                IdentityMerge.decide(List.of(customer("web-1", null)), Map.of("web-1", ada), Map.of(), newKey);

        assertThat(decisions.get(0).outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(decisions.get(0).newSourceId()).isFalse();
    }

    @Test
    void refusesToMergeTwoKnownCustomers() {
        List<IdentityMerge.Decision> decisions = IdentityMerge.decide(
                List.of(customer("web-1", "bea@example.com")),
                Map.of("web-1", ada),
                Map.of("bea@example.com", bea),
                newKey);

        assertThat(decisions.get(0).conflict()).isTrue();
    }

    @Test
    void mergesArrivalsFromTwoChannelsWithinOneBatch() {
        List<IdentityMerge.Decision> decisions = IdentityMerge.decide(
                List.of(customer("web-9", "cleo@example.com"), customer("app-9", "Cleo@Example.com")),
                Map.of(),
                Map.of(),
                newKey);

        assertThat(decisions)
                .extracting(IdentityMerge.Decision::outcome)
                .containsExactly(Outcome.CREATED, Outcome.MERGED);
        assertThat(decisions.get(1).target()).isSameAs(decisions.get(0).target());
    }

    @Test
    void aSparseArrivalKeepsWhatARicherOneBrought() {
        CustomerRequest rich = new CustomerRequest(
                "web-9",
                "INDIVIDUAL",
                "US",
                "US-CA",
                1990,
                "cleo@example.com",
                "Cleo Park",
                "1 Main St",
                "Fresno",
                "93650",
                "WEB");
        CustomerRequest sparse = new CustomerRequest(
                "store-9", "INDIVIDUAL", "US", null, null, "cleo@example.com", null, null, null, null, "STORE");

        CustomerState state = IdentityMerge.decide(List.of(rich, sparse), Map.of(), Map.of(), newKey)
                .get(1)
                .target()
                .state();

        assertThat(state.region()).isEqualTo("US-CA");
        assertThat(state.birthYear()).isEqualTo(1990);
        assertThat(state.name()).isEqualTo("Cleo Park");
    }

    private static CustomerRequest customer(String customerId, String email) {
        return new CustomerRequest(customerId, "INDIVIDUAL", "DE", null, null, email, null, null, null, null, "WEB");
    }
}
