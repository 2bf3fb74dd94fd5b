Feature: Customers outside the EU, the UK and California (rules/consent/other-jurisdictions.drl)
  Elsewhere we rely on legitimate interest for both purposes, unless the customer objected.

  Scenario: A customer in Japan may be profiled and synced on legitimate interest
    Given a customer in Japan
    When the consent gate decides
    Then CLV profiling is eligible because of LEGITIMATE_INTEREST
    And marketing sync is eligible because of LEGITIMATE_INTEREST

  Scenario: A customer in New York is treated like any customer outside the EU, the UK and California
    Given a customer in New York
    When the consent gate decides
    Then CLV profiling is eligible because of LEGITIMATE_INTEREST
