Feature: CLV spikes (rules/review/clv-spikes.drl)
  A predicted CLV that rose by more than 50 % and more than 500 since it was last published is looked at by a
  compliance officer before it is published.

  Scenario: A CLV that went from 800 to 2,000 goes to review
    Given a customer whose CLV was last published at 800.00
    And whose new predicted CLV is 2000.00
    When the review rules decide
    Then the change goes to review because of CLV_SPIKE

  Scenario: A small CLV that tripled by less than 500 is published
    Given a customer whose CLV was last published at 100.00
    And whose new predicted CLV is 300.00
    When the review rules decide
    Then the change is published without review

  Scenario: A first CLV is published without review
    Given a customer whose CLV was never published
    And whose new predicted CLV is 5000.00
    When the review rules decide
    Then the change is published without review
