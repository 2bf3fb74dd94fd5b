Feature: Renewing consent where the law asks for it (rules/consent/consent-renewal.drl)
  A consent lasts 12 months. In its last 30 days a renewal is requested and the consent still counts;
  after 12 months it no longer counts.

  Scenario: A customer in France who consented 13 months ago is no longer profiled
    Given a customer in France
    And they gave consent for CLV profiling 13 months ago
    When the consent gate decides
    Then CLV profiling is suppressed because of CONSENT_EXPIRED

  Scenario: A customer in Spain who consented 11 and a half months ago is asked to renew
    Given a customer in Spain
    And they gave consent for CLV profiling 350 days ago
    When the consent gate decides
    Then CLV profiling is due for renewal because of CONSENT_RENEWAL_DUE

  Scenario: A customer in Italy who consented 10 months ago needs nothing yet
    Given a customer in Italy
    And they gave consent for CLV profiling 10 months ago
    When the consent gate decides
    Then CLV profiling is eligible because of CONSENT_GIVEN
