Feature: The EU, the EEA and the United Kingdom (GDPR and UK GDPR: rules/consent/opt-in-consent.drl)
  Under an opt-in law (regime opt-in in rules/consent/jurisdictions.csv) a customer's data is used for a purpose only
  with their consent for that purpose, or on legitimate interest where our policy allows it: for CLV profiling, not
  for marketing sync.

  Scenario: A customer in France who consented to profiling two months ago may be profiled
    Given a customer in France
    And they gave consent for CLV profiling 2 months ago
    When the consent gate decides
    Then the law that applies is "General Data Protection Regulation (EU) 2016/679"
    And CLV profiling is eligible because of CONSENT_GIVEN
    And marketing sync is suppressed because of NO_LAWFUL_BASIS

  Scenario: A customer in Norway (EEA) is under the GDPR too
    Given a customer in Norway
    When the consent gate decides
    Then the law that applies is "General Data Protection Regulation (EU) 2016/679"
    And CLV profiling is suppressed because of NO_LAWFUL_BASIS

  Scenario: A customer in the United Kingdom may be profiled on legitimate interest, but not synced on it
    Given a customer in the United Kingdom
    And they were informed of our legitimate interest in CLV profiling 3 months ago
    And they were informed of our legitimate interest in marketing sync 3 months ago
    When the consent gate decides
    Then the law that applies is "UK GDPR and Data Protection Act 2018"
    And CLV profiling is eligible because of LEGITIMATE_INTEREST
    And marketing sync is suppressed because of NO_LAWFUL_BASIS

  Scenario: A customer in Germany who withdrew consent for marketing sync is not synced
    Given a customer in Germany
    And they gave consent for CLV profiling 4 months ago
    And they withdrew consent for marketing sync 1 month ago
    When the consent gate decides
    Then CLV profiling is eligible because of CONSENT_GIVEN
    And marketing sync is suppressed because of CONSENT_WITHDRAWN

  Scenario: A customer in the United Kingdom who is 14 may consent for themselves, one in France may not
    Given a customer in the United Kingdom born in 2011
    And they gave consent for CLV profiling 1 month ago
    When the consent gate decides
    Then CLV profiling is eligible because of CONSENT_GIVEN
