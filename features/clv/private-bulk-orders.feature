Feature: Bulk orders booked to private persons (rules/clv/private-bulk-orders.drl)
  Schools and organisations buy by the hundred; a private person does not. An order of more than 50 units (the bulk
  threshold of rules/clv/bulk-orders.drl) booked to a private person is flagged, so that the review rules can send
  the customer's value to a compliance officer. The flag changes no number.

  Scenario: A person buying 120 sketchbooks is flagged
    Given a customer in France
    And they placed order "P-1" of 120 units worth 480.00 euros 2 months ago
    When the CLV adjustments are decided
    Then order "P-1" is flagged BULK_ORDER_BY_PRIVATE_PERSON
    And order "P-1" counts as a purchase with weight 1.0

  Scenario: A person buying one expensive easel is not flagged
    Given a customer in France
    And they placed order "P-2" of 1 units worth 1500.00 euros 1 month ago
    When the CLV adjustments are decided
    Then order "P-2" is not flagged BULK_ORDER_BY_PRIVATE_PERSON

  Scenario: An art school's order of 120 sketchbooks is not flagged
    Given a school in the United Kingdom
    And they placed order "P-3" of 120 units worth 480.00 euros 2 months ago
    When the CLV adjustments are decided
    Then order "P-3" is not flagged BULK_ORDER_BY_PRIVATE_PERSON
