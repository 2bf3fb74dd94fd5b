package dev.easel.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.rules.facts.LineAdjustment;
import dev.easel.rules.facts.Order;
import dev.easel.rules.facts.OrderAdjustment;
import dev.easel.rules.facts.ProductCategory;
import dev.easel.rules.facts.SellerParty;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

/** What the customer bought, what happened to it afterwards, and how it counts toward CLV. */
public class OrderSteps {

    private final PolicyWorld world;

    public OrderSteps(PolicyWorld world) {
        this.world = world;
    }

    @Given("they placed order {string} of {bigdecimal} euros {ago}")
    public void theyPlacedAnOrder(String orderId, BigDecimal amount, Period ago) {
        order(orderId, ago).line(ProductCategory.PAINTS, 1, amount);
    }

    @Given("they placed order {string} of {int} units worth {bigdecimal} euros {ago}")
    public void theyPlacedAnOrderOfUnits(String orderId, int units, BigDecimal amount, Period ago) {
        order(orderId, ago).line(ProductCategory.PAPER, units, amount);
    }

    @Given("they placed an empty order {string} {ago}")
    public void theyPlacedAnEmptyOrder(String orderId, Period ago) {
        order(orderId, ago);
    }

    @Given("{bigdecimal} euros of order {string} were refunded")
    public void wereRefunded(BigDecimal amount, String orderId) {
        world.orders.get(orderId).refunded(amount);
    }

    @Given("goods worth {bigdecimal} euros of order {string} were returned")
    public void wereReturned(BigDecimal amount, String orderId) {
        world.orders.get(orderId).returned(amount);
    }

    @Given("{bigdecimal} euros of goods of order {string} were exchanged")
    public void wereExchanged(BigDecimal amount, String orderId) {
        world.orders.get(orderId).exchanged(amount);
    }

    @Given("order {string} was cancelled")
    public void wasCancelled(String orderId) {
        world.orders.get(orderId).cancelled(BigDecimal.ONE);
    }

    @Given("order {string} was placed during a {int} % promotion")
    public void wasPlacedDuringAPromotion(String orderId, int percent) {
        LocalDate placed = world.placedOn.get(orderId);
        world.orders.get(orderId).promotion(BigDecimal.valueOf(percent), placed.minusDays(7), placed.plusDays(7));
    }

    @Given("order {string} was placed {int} days after a {int} % promotion ended")
    public void wasPlacedAfterAPromotion(String orderId, int days, int percent) {
        LocalDate ended = world.placedOn.get(orderId).minusDays(days);
        world.orders.get(orderId).promotion(BigDecimal.valueOf(percent), ended.minusDays(14), ended);
    }

    @Given(
            "order {string} has a line of {bigdecimal} euros from a third-party seller in {place} without a data processing agreement")
    public void hasAThirdPartyLineWithoutDpa(String orderId, BigDecimal amount, ParameterTypes.Place place) {
        world.orders
                .get(orderId)
                .line(
                        ProductCategory.CANVAS,
                        1,
                        amount,
                        "seller-" + place.country(),
                        SellerParty.THIRD_PARTY,
                        false,
                        place.country());
    }

    @Given(
            "order {string} has a line of {bigdecimal} euros from a third-party seller in {place} with a data processing agreement")
    public void hasAThirdPartyLineWithDpa(String orderId, BigDecimal amount, ParameterTypes.Place place) {
        world.orders
                .get(orderId)
                .line(
                        ProductCategory.CANVAS,
                        1,
                        amount,
                        "seller-" + place.country(),
                        SellerParty.THIRD_PARTY,
                        true,
                        place.country());
    }

    @When("the CLV adjustments are decided")
    public void theClvAdjustmentsAreDecided() {
        world.decideAdjustments();
    }

    @Then("order {string} adds {bigdecimal} euros to historic value")
    public void addsToHistoricValue(String orderId, BigDecimal amount) {
        OrderAdjustment order = adjusted(orderId);
        assertThat(order.countsInHistoric())
                .as("%s counts in historic value", order)
                .isTrue();
        assertThat(order.historicAmount()).isEqualByComparingTo(amount);
    }

    @Then("order {string} does not count toward historic value")
    public void doesNotCountTowardHistoricValue(String orderId) {
        OrderAdjustment order = adjusted(orderId);
        assertThat(order.countsInHistoric())
                .as("%s counts in historic value", order)
                .isFalse();
        assertThat(order.historicAmount()).isZero();
    }

    @Then("order {string} counts as a purchase")
    public void countsAsAPurchase(String orderId) {
        assertThat(adjusted(orderId).countsAsPurchase()).isTrue();
    }

    @Then("order {string} counts as a purchase with weight {double}")
    public void countsAsAPurchaseWithWeight(String orderId, double weight) {
        OrderAdjustment order = adjusted(orderId);
        assertThat(order.countsAsPurchase())
                .as("%s counts as a purchase", order)
                .isTrue();
        assertThat(order.predictionWeight()).isEqualTo(weight);
    }

    @Then("order {string} does not count as a purchase")
    public void doesNotCountAsAPurchase(String orderId) {
        OrderAdjustment order = adjusted(orderId);
        assertThat(order.countsAsPurchase())
                .as("%s counts as a purchase", order)
                .isFalse();
        assertThat(order.predictionWeight()).isZero();
        assertThat(order.modelAmount()).isZero();
    }

    @Then("the reasons for order {string} include {word}")
    public void theReasonsInclude(String orderId, String reason) {
        assertThat(adjusted(orderId).reasonCodes()).contains(reason);
    }

    @Then("line {int} of order {string} is left out of CLV")
    public void lineIsLeftOut(int lineNo, String orderId) {
        LineAdjustment line = adjusted(orderId).lines().get(lineNo - 1);
        assertThat(line.included()).as("%s is included", line).isFalse();
    }

    @Then("line {int} of order {string} is flagged {word}")
    public void lineIsFlagged(int lineNo, String orderId, String flag) {
        assertThat(world.adjustmentDecision.hasFlag(flag, orderId + "#" + lineNo))
                .as("flags %s", world.adjustmentDecision.flags())
                .isTrue();
    }

    @Then("order {string} is flagged {word}")
    public void orderIsFlagged(String orderId, String flag) {
        assertThat(world.adjustmentDecision.hasFlag(flag, orderId))
                .as("flags %s", world.adjustmentDecision.flags())
                .isTrue();
    }

    @Then("order {string} is not flagged {word}")
    public void orderIsNotFlagged(String orderId, String flag) {
        assertThat(world.adjustmentDecision.hasFlag(flag, orderId))
                .as("flags %s", world.adjustmentDecision.flags())
                .isFalse();
    }

    @Then("the customer is flagged as a serial returner")
    public void isASerialReturner() {
        assertThat(world.adjustmentDecision.hasFlag("SERIAL_RETURNER", PolicyWorld.CUSTOMER_KEY))
                .isTrue();
    }

    @Then("the customer is not flagged as a serial returner")
    public void isNotASerialReturner() {
        assertThat(world.adjustmentDecision.hasFlag("SERIAL_RETURNER")).isFalse();
    }

    @Then("the customer's historic value is {bigdecimal} euros")
    public void historicValueIs(BigDecimal amount) {
        assertThat(world.adjustmentDecision.historicValue()).isEqualByComparingTo(amount);
    }

    private Order.Builder order(String orderId, Period ago) {
        LocalDate placed = PolicyWorld.TODAY.minus(ago);
        Order.Builder order = Order.builder(orderId, PolicyWorld.CUSTOMER_KEY, placed);
        world.orders.put(orderId, order);
        world.placedOn.put(orderId, placed);
        return order;
    }

    private OrderAdjustment adjusted(String orderId) {
        return world.adjustmentDecision.order(orderId).orElseThrow();
    }
}
