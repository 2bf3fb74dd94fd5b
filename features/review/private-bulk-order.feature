Feature: Bulk orders booked to private persons (rules/review/private-bulk-order.drl)
  A value built on a bulk order booked to a private person (flagged by rules/clv/private-bulk-orders.drl) is looked
  at before it is published: a wrongly typed account, a reseller or fraud. Once a value was published, only a rise of
  more than 10 % means the bulk order is new.

  Scenario: A private person's first value with a bulk order goes to review
    Given a customer whose CLV was never published
    And whose new predicted CLV is 300.00
    And whose orders were flagged BULK_ORDER_BY_PRIVATE_PERSON by the adjustment rules
    When the review rules decide
    Then the change goes to review because of BULK_ORDER_BY_PRIVATE_PERSON

  Scenario: A value that already held the bulk order is published
    Given a customer whose CLV was last published at 300.00
    And whose new predicted CLV is 310.00
    And whose orders were flagged BULK_ORDER_BY_PRIVATE_PERSON by the adjustment rules
    When the review rules decide
    Then the change is published without review

  Scenario: A new bulk order on top of a published value goes to review
    Given a customer whose CLV was last published at 300.00
    And whose new predicted CLV is 450.00
    And whose orders were flagged BULK_ORDER_BY_PRIVATE_PERSON by the adjustment rules
    When the review rules decide
    Then the change goes to review because of BULK_ORDER_BY_PRIVATE_PERSON
