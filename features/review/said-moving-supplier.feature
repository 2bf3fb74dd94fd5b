Feature: Customers who said they are moving to another supplier (rules/review/said-moving-supplier.drl)
  What a customer tells us in a survey or on the renewal page is kept as a feedback signal, pseudonymously. When
  someone said they are moving to another supplier and the model still raises their value, a person looks first.

  Scenario: A customer who said they are leaving and whose CLV rose goes to review
    Given a customer whose CLV was last published at 400.00
    And whose new predicted CLV is 450.00
    And who answered "moving-supplier" to the survey question next-order
    When the review rules decide
    Then the change goes to review because of SAID_MOVING_TO_ANOTHER_SUPPLIER

  Scenario: A customer who said they are leaving and whose CLV fell is published
    Given a customer whose CLV was last published at 400.00
    And whose new predicted CLV is 300.00
    And who answered "moving-supplier" to the survey question next-order
    When the review rules decide
    Then the change is published without review

  Scenario: A customer who said they will order again and whose CLV rose a little is published
    Given a customer whose CLV was last published at 400.00
    And whose new predicted CLV is 450.00
    And who answered "ordering-again" to the survey question next-order
    When the review rules decide
    Then the change is published without review
