Feature: Serial returners whose value jumps (rules/review/serial-returner-jump.drl)
  A serial returner's value tends to shrink again. A rise of more than 20 % is looked at before it is published.

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
