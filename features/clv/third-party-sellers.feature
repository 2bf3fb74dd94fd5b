Feature: Third-party sellers (rules/clv/third-party-sellers.drl)
  Lines sold by a third-party seller who has not signed our data processing agreement are left out of all CLV
  processing. A third-party seller in another country than the customer is pointed out to compliance.

  Scenario: A line from a seller without a data processing agreement is left out
    Given a customer in France
    And they placed order "T-1" of 50.00 euros 1 month ago
    And order "T-1" has a line of 30.00 euros from a third-party seller in France without a data processing agreement
    When the CLV adjustments are decided
    Then line 2 of order "T-1" is left out of CLV
    And order "T-1" adds 50.00 euros to historic value

  Scenario: An order made only of such lines does not count at all
    Given a customer in France
    And they placed an empty order "T-2" 1 month ago
    And order "T-2" has a line of 30.00 euros from a third-party seller in France without a data processing agreement
    When the CLV adjustments are decided
    Then order "T-2" does not count toward historic value
    And order "T-2" does not count as a purchase

  Scenario: A line from a seller in another country is flagged
    Given a customer in France
    And they placed an empty order "T-3" 1 month ago
    And order "T-3" has a line of 30.00 euros from a third-party seller in Japan with a data processing agreement
    When the CLV adjustments are decided
    Then line 1 of order "T-3" is flagged SELLER_JURISDICTION_MISMATCH
    And order "T-3" adds 30.00 euros to historic value
