Feature: Canada: PIPEDA, and Quebec's Law 25 (rules/consent/opt-out-notice.drl, opt-in-consent.drl)
  PIPEDA accepts opt-out consent for non-sensitive uses after notice; Quebec's Law 25 wants profiling off unless the
  person turns it on, so Quebec is an opt-in law in rules/consent/jurisdictions.csv.

  Scenario: A customer in Ontario who said nothing may be profiled and synced after notice
    Given a customer in Ontario
    When the consent gate decides
    Then the law that applies is "Personal Information Protection and Electronic Documents Act (PIPEDA)"
    And CLV profiling is eligible because of OPT_OUT_NOTICE_GIVEN
    And marketing sync is eligible because of OPT_OUT_NOTICE_GIVEN

  Scenario: A customer in Ontario who withdrew consent for profiling is not profiled
    Given a customer in Ontario
    And they withdrew consent for CLV profiling 3 days ago
    When the consent gate decides
    Then CLV profiling is suppressed because of CONSENT_WITHDRAWN
    And marketing sync is eligible because of OPT_OUT_NOTICE_GIVEN

  Scenario: A customer in Quebec who said nothing is not profiled
    Given a customer in Quebec
    When the consent gate decides
    Then the law that applies is "Quebec Law 25 (Act respecting the protection of personal information in the private sector)"
    And CLV profiling is suppressed because of NO_LAWFUL_BASIS

  Scenario: A customer in Quebec who turned profiling on may be profiled
    Given a customer in Quebec
    And they gave consent for CLV profiling 2 months ago
    When the consent gate decides
    Then CLV profiling is eligible because of CONSENT_GIVEN

  Scenario: A customer in Quebec who is 13 is not profiled even with consent
    Given a customer in Quebec born in 2012
    And they gave consent for CLV profiling 2 months ago
    When the consent gate decides
    Then CLV profiling is suppressed because of UNDER_MINIMUM_AGE
