Feature: The United States: twenty state laws, each an opt-out law (rules/consent/opt-out-notice.drl, global-privacy-control.drl)
  Under an opt-out law (regime opt-out in rules/consent/jurisdictions.csv) data may be used after notice until the
  customer says no. Where the state requires honouring a universal opt-out signal, a Global Privacy Control signal
  stops the sync to marketing tools for good; elsewhere it is honoured like any other opt-out, until the customer
  gives consent again. A state without a comprehensive law gets the default row.

  Scenario: A customer in California who said nothing may be profiled and synced after notice
    Given a customer in California
    When the consent gate decides
    Then the law that applies is "California Consumer Privacy Act (CCPA/CPRA)"
    And CLV profiling is eligible because of OPT_OUT_NOTICE_GIVEN
    And marketing sync is eligible because of OPT_OUT_NOTICE_GIVEN

  Scenario: A customer in California who opted out of sale or sharing is profiled but not synced
    Given a customer in California
    And they opted out of marketing sync 2 months ago
    When the consent gate decides
    Then CLV profiling is eligible because of OPT_OUT_NOTICE_GIVEN
    And marketing sync is suppressed because of OPTED_OUT

  Scenario: A Global Privacy Control signal in Colorado stops the sync even after a later consent
    Given a customer in Colorado
    And their browser sent a Global Privacy Control signal 5 months ago
    And after that signal they gave consent for marketing sync 1 month ago
    When the consent gate decides
    Then CLV profiling is eligible because of OPT_OUT_NOTICE_GIVEN
    And marketing sync is suppressed because of GPC_SIGNAL

  Scenario: In Virginia, which does not require the signal, a later consent lifts a GPC opt-out
    Given a customer in Virginia
    And their browser sent a Global Privacy Control signal 5 months ago
    And after that signal they gave consent for marketing sync 1 month ago
    When the consent gate decides
    Then marketing sync is eligible because of OPT_OUT_NOTICE_GIVEN

  Scenario: In Virginia a GPC signal is still an opt-out of the sync until the customer gives consent again
    Given a customer in Virginia
    And their browser sent a Global Privacy Control signal 5 days ago
    When the consent gate decides
    Then marketing sync is suppressed because of OPTED_OUT

  Scenario: Texas required the signal only from 2025-01-01: a row dated in the future changes nothing until then
    Given a customer in Texas
    And the gate decides on 2024-10-01
    And their browser sent a Global Privacy Control signal 5 months ago
    And after that signal they gave consent for marketing sync 1 month ago
    When the consent gate decides
    Then the law that applies is "Texas Data Privacy and Security Act"
    And marketing sync is eligible because of OPT_OUT_NOTICE_GIVEN

  Scenario: Texas after 2025-01-01 honours the signal for good
    Given a customer in Texas
    And their browser sent a Global Privacy Control signal 5 months ago
    And after that signal they gave consent for marketing sync 1 month ago
    When the consent gate decides
    Then the law that applies is "Texas Data Privacy and Security Act (universal opt-out)"
    And marketing sync is suppressed because of GPC_SIGNAL

  Scenario: Rhode Island's law applies from 2026-01-01
    Given a customer in Rhode Island
    And the gate decides on 2025-12-31
    When the consent gate decides
    Then the law that applies is "Anywhere not listed (Easel default)"

  Scenario: A customer in Maryland who is 17 is not profiled
    Given a customer in Maryland born in 2008
    When the consent gate decides
    Then CLV profiling is suppressed because of UNDER_MINIMUM_AGE

  Scenario: A customer in Utah who is 17 may be profiled after notice
    Given a customer in Utah born in 2008
    When the consent gate decides
    Then CLV profiling is eligible because of OPT_OUT_NOTICE_GIVEN

  Scenario: A customer in New York, a state without a comprehensive law, gets the strict default
    Given a customer in New York
    And they gave consent for CLV profiling 6 months ago
    And they withdrew consent for marketing sync 2 months ago
    When the consent gate decides
    Then the law that applies is "Anywhere not listed (Easel default)"
    And CLV profiling is eligible because of LEGITIMATE_INTEREST
    And marketing sync is suppressed because of CONSENT_WITHDRAWN
