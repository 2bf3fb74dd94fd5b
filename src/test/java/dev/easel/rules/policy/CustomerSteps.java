package dev.easel.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.rules.facts.Customer;
import dev.easel.rules.facts.CustomerType;
import dev.easel.rules.facts.Law;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.time.LocalDate;

/** Who the customer is: where they live, what kind of buyer, how old. */
public class CustomerSteps {

    /** A country no row of the jurisdiction table lists. */
    private static final String UNLISTED_COUNTRY = "JP";

    private final PolicyWorld world;

    public CustomerSteps(PolicyWorld world) {
        this.world = world;
    }

    @Given("a(n) {customerType} in {place}")
    public void aCustomerIn(CustomerType type, ParameterTypes.Place place) {
        world.customer = new Customer(PolicyWorld.CUSTOMER_KEY, type, place.country(), place.region(), null);
    }

    /**
     * A customer in a place the jurisdiction table row covers: its first region or country, or for the row
     * {@code *} a country no row lists.
     */
    @Given("a customer under the jurisdiction {word}")
    public void aCustomerUnderTheJurisdiction(String code) {
        Law law = world.laws().stream()
                .filter(row -> row.jurisdiction().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + code + " in rules/consent/jurisdictions.csv"));
        String place = placeOf(law);
        world.customer = place.contains("-")
                ? new Customer(PolicyWorld.CUSTOMER_KEY, CustomerType.INDIVIDUAL, place.substring(0, 2), place, null)
                : new Customer(PolicyWorld.CUSTOMER_KEY, CustomerType.INDIVIDUAL, place, null, null);
        JurisdictionCoverage.covered(code);
    }

    @Given("the gate decides on {date}")
    public void theGateDecidesOn(LocalDate day) {
        world.on = day;
    }

    @Then("the law that applies is {string}")
    public void theLawThatAppliesIs(String name) {
        assertThat(world.lawOfCustomer().name()).isEqualTo(name);
    }

    private static String placeOf(Law law) {
        return law.isAnywhereElse() ? UNLISTED_COUNTRY : law.appliesTo().get(0);
    }

    @Given("a(n) {customerType} in {place} born in {int}")
    public void aCustomerBornIn(CustomerType type, ParameterTypes.Place place, int birthYear) {
        world.customer = new Customer(PolicyWorld.CUSTOMER_KEY, type, place.country(), place.region(), birthYear);
    }
}
