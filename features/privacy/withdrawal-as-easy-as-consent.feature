Feature: Withdrawing consent is as easy as giving it (GDPR Art. 7(3))
  A customer reaches their preference centre through a signed link from the shop. Each purpose has its notice and
  one button: agreeing is one click, and so is withdrawing, on the same page. Either is recorded through the consent
  module like any consent, with the notice the customer read.

  Scenario: A customer agrees and then withdraws, one click each, on the same page
    Given a customer who opened their preference-centre link
    When they click "give" for "clv-profiling"
    Then their consent to "clv-profiling" is GIVEN, collected through PREFERENCE_CENTRE
    When they click "withdraw" for "clv-profiling"
    Then their consent to "clv-profiling" is WITHDRAWN, collected through PREFERENCE_CENTRE
    And each choice took one request from the preference centre page

  Scenario: The notice version and language the customer read are recorded with the choice
    Given a customer who opened their preference-centre link in German
    When they click "give" for "marketing-sync"
    Then the consent records the notices' version and the language "de"
