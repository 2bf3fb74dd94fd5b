package dev.easel.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.math.BigDecimal;

/** A newly computed CLV next to the last published one, and whether a human must look before it is published. */
public class ReviewSteps {

    private final PolicyWorld world;

    public ReviewSteps(PolicyWorld world) {
        this.world = world;
    }

    @Given("a customer whose CLV was last published at {bigdecimal}")
    public void lastPublishedAt(BigDecimal value) {
        world.previousPublished = value;
    }

    @Given("a customer whose CLV was never published")
    public void neverPublished() {
        world.previousPublished = null;
    }

    @Given("whose new predicted CLV is {bigdecimal}")
    public void newPredictedClv(BigDecimal value) {
        world.newValue = value;
    }

    @Given("whose largest order carries {int} % of a historic value of {bigdecimal}")
    public void largestOrderCarries(int percent, BigDecimal historicValue) {
        world.largestOrderShare = percent / 100.0;
        world.historicValue = historicValue;
    }

    @Given("whose largest of {int} orders carries {int} % of a historic value of {bigdecimal}")
    public void largestOfOrdersCarries(int orders, int percent, BigDecimal historicValue) {
        world.historicOrders = orders;
        largestOrderCarries(percent, historicValue);
    }

    @Given("whose orders were flagged {word} by the adjustment rules")
    public void ordersWereFlagged(String flag) {
        world.flags.add(flag);
    }

    @Given("whose orders were adjusted for {word}")
    public void ordersWereAdjusted(String reason) {
        world.adjustments.add(reason);
    }

    @Given("who answered {string} to the survey question {word}")
    public void answeredInASurvey(String answerCode, String question) {
        world.feedback.add(new dev.easel.rules.facts.CustomerFeedback(PolicyWorld.CUSTOMER_KEY, question, answerCode));
    }

    @Given("who is flagged as a serial returner")
    public void isASerialReturner() {
        world.serialReturner = true;
    }

    @When("the review rules decide")
    public void theReviewRulesDecide() {
        world.decideReview();
    }

    @Then("the change goes to review because of {word}")
    public void goesToReview(String reason) {
        assertThat(world.reviewFlag.raised()).isTrue();
        assertThat(world.reviewFlag.reasonCodes()).contains(reason);
    }

    @Then("the change is published without review")
    public void isPublishedWithoutReview() {
        assertThat(world.reviewFlag.reasonCodes()).isEmpty();
        assertThat(world.reviewFlag.raised()).isFalse();
    }
}
