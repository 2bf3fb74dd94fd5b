Feature: Serial returners whose value jumps (rules/review/serial-returner-jump.drl)
  A serial returner's value tends to shrink again. A rise of more than 20 % is looked at before it is published. On a
  first computation, a value that rests for more than half on one order of more than 250 is the jump.

  Scenario: A serial returner whose CLV rose by 30 % goes to review
    Given a customer whose CLV was last published at 1000.00
    And whose new predicted CLV is 1300.00
    And who is flagged as a serial returner
    When the review rules decide
    Then the change goes to review because of SERIAL_RETURNER_VALUE_JUMP

  Scenario: Any other customer whose CLV rose by 30 % is published
    Given a customer whose CLV was last published at 1000.00
    And whose new predicted CLV is 1300.00
    When the review rules decide
    Then the change is published without review

  Scenario: A serial returner's first value that rests on one large order goes to review
    Given a customer whose CLV was never published
    And whose new predicted CLV is 400.00
    And whose largest of 5 orders carries 70 % of a historic value of 900.00
    And who is flagged as a serial returner
    When the review rules decide
    Then the change goes to review because of SERIAL_RETURNER_VALUE_JUMP

  Scenario: A serial returner's first value spread over many orders is published
    Given a customer whose CLV was never published
    And whose new predicted CLV is 400.00
    And whose largest of 5 orders carries 30 % of a historic value of 900.00
    And who is flagged as a serial returner
    When the review rules decide
    Then the change is published without review

  Scenario: A serial returner's first and only order is not a jump
    Given a customer whose CLV was never published
    And whose new predicted CLV is 400.00
    And whose largest of 1 orders carries 100 % of a historic value of 900.00
    And who is flagged as a serial returner
    When the review rules decide
    Then the change is published without review
