Feature: Californian privacy rights (rules/consent/california.drl)
  Under the CCPA/CPRA profiling is allowed unless the customer opted out of it. An opt-out of the sale or sharing
  of their data, or a Global Privacy Control signal from their browser, stops the sync to marketing tools.

  Scenario: A customer in California who said nothing may be profiled and synced
    Given a customer in California
    When the consent gate decides
    Then CLV profiling is eligible because of CCPA_NOTICE_GIVEN
    And marketing sync is eligible because of CCPA_NOTICE_GIVEN

  Scenario: A customer in California who opted out of profiling is not profiled
    Given a customer in California
    And they opted out of CLV profiling 2 months ago
    When the consent gate decides
    Then CLV profiling is suppressed because of CCPA_OPTED_OUT_OF_PROFILING
    And marketing sync is eligible because of CCPA_NOTICE_GIVEN

  Scenario: A customer in California who opted out of sale or sharing is profiled but not synced
    Given a customer in California
    And they opted out of marketing sync 2 months ago
    When the consent gate decides
    Then CLV profiling is eligible because of CCPA_NOTICE_GIVEN
    And marketing sync is suppressed because of CCPA_OPTED_OUT_OF_SHARING

  Scenario: A customer in California whose browser sends a Global Privacy Control signal is not synced
    Given a customer in California
    And their browser sent a Global Privacy Control signal 5 days ago
    When the consent gate decides
    Then CLV profiling is eligible because of CCPA_NOTICE_GIVEN
    And marketing sync is suppressed because of GPC_SIGNAL
