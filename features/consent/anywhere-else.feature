Feature: Anywhere not listed: the strict default (the row '*' of rules/consent/jurisdictions.csv)
  A place no row lists gets legitimate interest with every "no" honoured, a Global Privacy Control signal honoured
  as if the law required it, and no profiling of anyone known to be under 18.

  Scenario: A customer in Japan may be profiled and synced on legitimate interest
    Given a customer in Japan
    When the consent gate decides
    Then the law that applies is "Anywhere not listed (Easel default)"
    And CLV profiling is eligible because of LEGITIMATE_INTEREST
    And marketing sync is eligible because of LEGITIMATE_INTEREST

  Scenario: A customer in Japan who is 17 is not profiled
    Given a customer in Japan born in 2008
    When the consent gate decides
    Then CLV profiling is suppressed because of UNDER_MINIMUM_AGE

  Scenario: A customer in Japan whose browser sent a GPC signal is not synced, even after a later consent
    Given a customer in Japan
    And their browser sent a Global Privacy Control signal 5 months ago
    And after that signal they gave consent for marketing sync 1 month ago
    When the consent gate decides
    Then marketing sync is suppressed because of GPC_SIGNAL
