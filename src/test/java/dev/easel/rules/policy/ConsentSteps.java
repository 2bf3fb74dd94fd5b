package dev.easel.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.rules.facts.Consent;
import dev.easel.rules.facts.ConsentStatus;
import dev.easel.rules.facts.EligibilityStatus;
import dev.easel.rules.facts.LawfulBasis;
import dev.easel.rules.facts.Purpose;
import dev.easel.rules.facts.PurposeEligibility;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Period;
import java.time.ZoneOffset;

/** What the customer said about the use of their data, and what the consent gate answered. */
public class ConsentSteps {

    private final PolicyWorld world;

    public ConsentSteps(PolicyWorld world) {
        this.world = world;
    }

    @Given("they gave consent for {purpose} {ago}")
    public void theyGaveConsent(Purpose purpose, Period ago) {
        record(purpose, ConsentStatus.GIVEN, LawfulBasis.CONSENT, ago, false);
    }

    @Given("they withdrew consent for {purpose} {ago}")
    public void theyWithdrewConsent(Purpose purpose, Period ago) {
        record(purpose, ConsentStatus.WITHDRAWN, LawfulBasis.CONSENT, ago, false);
    }

    @Given("they were informed of our legitimate interest in {purpose} {ago}")
    public void theyWereInformedOfLegitimateInterest(Purpose purpose, Period ago) {
        record(purpose, ConsentStatus.GIVEN, LawfulBasis.LEGITIMATE_INTEREST, ago, false);
    }

    @Given("they objected to processing {ago}")
    public void theyObjected(Period ago) {
        record(Purpose.CLV_PROFILING, ConsentStatus.OBJECTED, LawfulBasis.LEGITIMATE_INTEREST, ago, false);
    }

    @Given("they opted out of {purpose} {ago}")
    public void theyOptedOut(Purpose purpose, Period ago) {
        record(purpose, ConsentStatus.OPTED_OUT, LawfulBasis.CONSENT, ago, false);
    }

    @Given("their browser sent a Global Privacy Control signal {ago}")
    public void theirBrowserSentGpc(Period ago) {
        record(Purpose.MARKETING_SYNC, ConsentStatus.OPTED_OUT, LawfulBasis.CONSENT, ago, true);
    }

    @Given("after that signal they gave consent for {purpose} {ago}")
    public void afterTheSignalTheyGaveConsent(Purpose purpose, Period ago) {
        // The consent module marks every record of a customer whose browser ever sent the signal.
        record(purpose, ConsentStatus.GIVEN, LawfulBasis.CONSENT, ago, true);
    }

    @When("the consent gate decides")
    public void theConsentGateDecides() {
        world.decideConsent();
    }

    @Then("{purpose} is {eligibility} because of {word}")
    public void purposeIs(Purpose purpose, EligibilityStatus status, String reason) {
        PurposeEligibility eligibility = world.consentDecision.of(purpose);
        assertThat(eligibility.status()).as("%s for %s", eligibility, purpose).isEqualTo(status);
        assertThat(eligibility.reasonCodes()).contains(reason);
    }

    private void record(Purpose purpose, ConsentStatus status, LawfulBasis basis, Period ago, boolean gpc) {
        world.consents.add(new Consent(
                PolicyWorld.CUSTOMER_KEY,
                purpose,
                status,
                basis,
                PolicyWorld.TODAY.minus(ago).atTime(10, 0).toInstant(ZoneOffset.UTC),
                gpc ? "gpc-header" : "web-form",
                "2025-06",
                "Use my purchases to estimate my value to the shop and tailor offers.",
                gpc));
    }
}
