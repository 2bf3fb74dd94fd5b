Feature: One order carrying the CLV (rules/review/dominant-order.drl)
  When one order carries more than 60 % of a customer's historic value, their CLV is one refund away from
  collapse: a compliance officer looks before it is published.

  Scenario: A customer whose one order is 80 % of their history goes to review
    Given a customer whose CLV was last published at 1000.00
    And whose new predicted CLV is 1100.00
    And whose largest order carries 80 % of a historic value of 900.00
    When the review rules decide
    Then the change goes to review because of ONE_ORDER_DOMINATES

  Scenario: A customer with a spread-out history is published
    Given a customer whose CLV was last published at 1000.00
    And whose new predicted CLV is 1100.00
    And whose largest order carries 30 % of a historic value of 900.00
    When the review rules decide
    Then the change is published without review
