package dev.easel.commerce.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.commerce.CustomerRequest;
import dev.easel.commerce.PromotionRequest;
import dev.easel.commerce.SellerRequest;
import dev.easel.shared.FieldProblem;
import org.junit.jupiter.api.Test;

class CustomerRulesTests {

    @Test
    void acceptsACaliforniaCustomer() {
        assertThat(CustomerRules.validate(new CustomerRequest(
                        "web-1",
                        "INDIVIDUAL",
                        "US",
                        "US-CA",
                        1985,
                        "ada@example.com",
                        "Ada L",
                        null,
                        null,
                        null,
                        "WEB")))
                .isEmpty();
    }

    @Test
    void namesEveryBadFieldOfACustomer() {
        CustomerRequest request =
                new CustomerRequest(" ", "PERSON", "XX", "CA", 1850, "not-an-email", null, null, null, null, "FAX");

        assertThat(CustomerRules.validate(request))
                .extracting(FieldProblem::field)
                .containsExactly("customerId", "type", "country", "region", "birthYear", "email", "channel");
    }

    @Test
    void rejectsARegionOutsideTheCountry() {
        assertThat(CustomerRules.validate(new CustomerRequest(
                        "web-2", "SCHOOL", "DE", "US-CA", null, null, null, null, null, null, null)))
                .containsExactly(FieldProblem.of("region", "must lie in the country DE"));
    }

    @Test
    void rejectsSellersAndPromotionsWithBadFields() {
        assertThat(CatalogueRules.validate(new SellerRequest("s", null, "SECOND_PARTY", null, "de", null)))
                .extracting(FieldProblem::field)
                .containsExactly("name", "party", "country");
        assertThat(CatalogueRules.validate(new PromotionRequest(
                        "P",
                        "Promo",
                        Fixtures.PLACED,
                        Fixtures.PLACED.minusDays(1),
                        new java.math.BigDecimal("120"),
                        null)))
                .extracting(FieldProblem::field)
                .containsExactly("endsAt", "discountPercent");
    }
}
