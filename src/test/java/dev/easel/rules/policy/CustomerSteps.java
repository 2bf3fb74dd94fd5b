package dev.easel.rules.policy;

import dev.easel.rules.facts.Customer;
import dev.easel.rules.facts.CustomerType;
import io.cucumber.java.en.Given;

/** Who the customer is: where they live, what kind of buyer, how old. */
public class CustomerSteps {

    private final PolicyWorld world;

    public CustomerSteps(PolicyWorld world) {
        this.world = world;
    }

    @Given("a(n) {customerType} in {place}")
    public void aCustomerIn(CustomerType type, ParameterTypes.Place place) {
        world.customer = new Customer(PolicyWorld.CUSTOMER_KEY, type, place.country(), place.region(), null);
    }

    @Given("a(n) {customerType} in {place} born in {int}")
    public void aCustomerBornIn(CustomerType type, ParameterTypes.Place place, int birthYear) {
        world.customer = new Customer(PolicyWorld.CUSTOMER_KEY, type, place.country(), place.region(), birthYear);
    }
}
