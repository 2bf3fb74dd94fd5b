Feature: Minors (rules/consent/minors.drl)
  The data of customers known to be under the minimum age of their law (minimum_age in
  rules/consent/jurisdictions.csv: 16 in the EU, 18 anywhere not listed) is not used at all. When only the birth
  year is known, the youngest age the customer can be counts.

  Scenario: A customer in France born in 2011 is suppressed even with consent
    Given a customer in France born in 2011
    And they gave consent for CLV profiling 1 month ago
    When the consent gate decides
    Then CLV profiling is suppressed because of UNDER_MINIMUM_AGE
    And marketing sync is suppressed because of UNDER_MINIMUM_AGE

  Scenario: A customer in France born in 2009 is an adult for this rule
    Given a customer in France born in 2009
    And they gave consent for CLV profiling 1 month ago
    When the consent gate decides
    Then CLV profiling is eligible because of CONSENT_GIVEN
