Feature: Brazil and Switzerland: legitimate interest with a right to object (rules/consent/legitimate-interest.drl)
  The LGPD and the revised Swiss FADP let data be used on legitimate interest until the person objects, so both are
  legitimate-interest laws in rules/consent/jurisdictions.csv.

  Scenario: A customer in Brazil who said nothing may be profiled and synced on legitimate interest
    Given a customer in Brazil
    When the consent gate decides
    Then the law that applies is "Lei Geral de Proteção de Dados (LGPD)"
    And CLV profiling is eligible because of LEGITIMATE_INTEREST
    And marketing sync is eligible because of LEGITIMATE_INTEREST

  Scenario: A customer in Switzerland who objected is suppressed for everything
    Given a customer in Switzerland
    And they objected to processing 2 days ago
    When the consent gate decides
    Then the law that applies is "Swiss Federal Act on Data Protection (revFADP)"
    And CLV profiling is suppressed because of OBJECTION_ART21
    And marketing sync is suppressed because of OBJECTION_ART21

  Scenario: A child in Brazil is not profiled
    Given a customer in Brazil born in 2015
    When the consent gate decides
    Then CLV profiling is suppressed because of UNDER_MINIMUM_AGE
