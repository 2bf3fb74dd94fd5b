Feature: Renewing consent from a renewal link
  The consent-renewal workflow's request carries a signed link for the one consent that is due. Renewing there is
  recorded like any consent; a link that expired changes nothing.

  Scenario: A renewal link renews the consent it was made for
    Given a customer with a renewal link for "clv-profiling"
    When they renew from the link
    Then their consent to "clv-profiling" is GIVEN, collected through RENEWAL_LINK

  Scenario: An expired renewal link changes nothing
    Given a customer with an expired renewal link for "clv-profiling"
    When they open the link
    Then they are told the link expired and nothing changed
