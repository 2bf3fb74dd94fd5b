Feature: One large order that multiplies a customer's value (rules/review/dominant-order.drl)
  A compliance officer looks at a returning customer's value when one order of more than 1,000 carries more than
  80 % of their historic value (it is at least four times everything else they bought): it may be a mistake, fraud
  or a one-off that a single refund takes back. A first order is all of a new customer's history, not a spike; an
  organisation's bulk order is expected. Once a value was published, only a rise of more than 500 is new.

  Scenario: A returning customer whose value jumped tenfold on one large order goes to review
    Given a customer whose CLV was never published
    And whose new predicted CLV is 1800.00
    And whose largest of 4 orders carries 90 % of a historic value of 2000.00
    When the review rules decide
    Then the change goes to review because of ONE_ORDER_DOMINATES

  Scenario: A first order is not a spike, however large
    Given a customer whose CLV was never published
    And whose new predicted CLV is 900.00
    And whose largest of 1 orders carries 100 % of a historic value of 2500.00
    When the review rules decide
    Then the change is published without review

  Scenario: A small order that dominates a small history is published
    Given a customer whose CLV was never published
    And whose new predicted CLV is 150.00
    And whose largest of 2 orders carries 85 % of a historic value of 200.00
    When the review rules decide
    Then the change is published without review

  Scenario: An organisation's bulk order is published
    Given a customer whose CLV was never published
    And whose new predicted CLV is 600.00
    And whose largest of 3 orders carries 90 % of a historic value of 3000.00
    And whose orders were adjusted for BULK_ORDER
    When the review rules decide
    Then the change is published without review

  Scenario: A large order already in the published value is not looked at again
    Given a customer whose CLV was last published at 1800.00
    And whose new predicted CLV is 1850.00
    And whose largest of 4 orders carries 90 % of a historic value of 2000.00
    When the review rules decide
    Then the change is published without review

  Scenario: A spread-out history is published
    Given a customer whose CLV was last published at 1000.00
    And whose new predicted CLV is 1100.00
    And whose largest of 6 orders carries 30 % of a historic value of 900.00
    When the review rules decide
    Then the change is published without review
