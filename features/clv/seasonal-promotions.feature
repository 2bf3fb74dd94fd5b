Feature: Seasonal promotions (rules/clv/seasonal-promotions.drl)
  Orders placed inside a promotion's window with a discount of 30 % or more would often not happen at full price.
  They count in full for historic value and at half weight for prediction.

  Scenario: An order in a 40 % back-to-school promotion counts at half weight for prediction
    Given a customer in Italy
    And they placed order "S-1" of 90.00 euros 2 months ago
    And order "S-1" was placed during a 40 % promotion
    When the CLV adjustments are decided
    Then order "S-1" adds 90.00 euros to historic value
    And order "S-1" counts as a purchase with weight 0.5
    And the reasons for order "S-1" include DEEP_SEASONAL_PROMOTION

  Scenario: An order in a 10 % promotion counts in full
    Given a customer in Italy
    And they placed order "S-2" of 90.00 euros 2 months ago
    And order "S-2" was placed during a 10 % promotion
    When the CLV adjustments are decided
    Then order "S-2" counts as a purchase with weight 1.0

  Scenario: An order placed after a deep promotion ended counts in full
    Given a customer in Italy
    And they placed order "S-3" of 90.00 euros 2 months ago
    And order "S-3" was placed 5 days after a 40 % promotion ended
    When the CLV adjustments are decided
    Then order "S-3" counts as a purchase with weight 1.0
