Feature: Returns, refunds, exchanges and cancellations (rules/clv/returns-and-refunds.drl)
  Money given back is not value. Refunds and returns come off the order's historic value, a fully refunded order
  is not a purchase, an exchange changes nothing, a cancelled order never counts, and a customer who sent back more
  than 40 % of what they bought in the last 12 months is flagged as a serial returner.

  Scenario: A partly refunded order counts for what the customer kept
    Given a customer in France
    And they placed order "A-1" of 120.00 euros 2 months ago
    And 20.00 euros of order "A-1" were refunded
    When the CLV adjustments are decided
    Then order "A-1" adds 100.00 euros to historic value
    And order "A-1" counts as a purchase
    And the reasons for order "A-1" include REFUNDED_OR_RETURNED

  Scenario: A fully refunded order is not a purchase and adds nothing
    Given a customer in France
    And they placed order "A-2" of 80.00 euros 3 months ago
    And 80.00 euros of order "A-2" were refunded
    When the CLV adjustments are decided
    Then order "A-2" adds 0.00 euros to historic value
    And order "A-2" does not count as a purchase
    And the reasons for order "A-2" include FULLY_REFUNDED

  Scenario: An exchange neither adds nor removes value
    Given a customer in Germany
    And they placed order "A-3" of 45.00 euros 1 month ago
    And 15.00 euros of goods of order "A-3" were exchanged
    When the CLV adjustments are decided
    Then order "A-3" adds 45.00 euros to historic value
    And the reasons for order "A-3" include EXCHANGE_NEUTRAL

  Scenario: A cancelled order never counts
    Given a customer in Germany
    And they placed order "A-4" of 60.00 euros 1 month ago
    And order "A-4" was cancelled
    When the CLV adjustments are decided
    Then order "A-4" does not count toward historic value
    And order "A-4" does not count as a purchase
    And the reasons for order "A-4" include CANCELLED

  Scenario: A customer who sent back half of what they bought this year is a serial returner
    Given a customer in Spain
    And they placed order "A-5" of 200.00 euros 5 months ago
    And they placed order "A-6" of 200.00 euros 2 months ago
    And goods worth 200.00 euros of order "A-6" were returned
    When the CLV adjustments are decided
    Then the customer is flagged as a serial returner
    And the customer's historic value is 200.00 euros

  Scenario: A customer who sent back a little is not a serial returner
    Given a customer in Spain
    And they placed order "A-7" of 200.00 euros 5 months ago
    And goods worth 20.00 euros of order "A-7" were returned
    When the CLV adjustments are decided
    Then the customer is not flagged as a serial returner
