Feature: Consent in the EU and the UK (rules/consent/gdpr-consent.drl)
  Under the GDPR a customer's data is used for a purpose only with their consent for that purpose, or on
  legitimate interest where our policy allows it: for CLV profiling, not for marketing sync.

  Scenario: A customer in France who consented to profiling two months ago may be profiled
    Given a customer in France
    And they gave consent for CLV profiling 2 months ago
    When the consent gate decides
    Then CLV profiling is eligible because of CONSENT_GIVEN
    And marketing sync is suppressed because of NO_LAWFUL_BASIS

  Scenario: A customer in the United Kingdom may be profiled on legitimate interest, but not synced on it
    Given a customer in the United Kingdom
    And they were informed of our legitimate interest in CLV profiling 3 months ago
    And they were informed of our legitimate interest in marketing sync 3 months ago
    When the consent gate decides
    Then CLV profiling is eligible because of LEGITIMATE_INTEREST
    And marketing sync is suppressed because of NO_LAWFUL_BASIS

  Scenario: A customer in Germany who withdrew consent for marketing sync is not synced
    Given a customer in Germany
    And they gave consent for CLV profiling 4 months ago
    And they withdrew consent for marketing sync 1 month ago
    When the consent gate decides
    Then CLV profiling is eligible because of CONSENT_GIVEN
    And marketing sync is suppressed because of CONSENT_WITHDRAWN
