Feature: Bulk orders from schools and organisations (rules/clv/bulk-orders.drl)
  An art school buying 60 easels for a new class is real value, but not a habit the model should expect again.
  Orders of schools and organisations above 50 units or 1,000 euros count in historic value but not toward the
  model's purchase frequency and spend.

  Scenario: An art school's order of 120 sketchbooks counts in history but not for prediction
    Given a school in the United Kingdom
    And they placed order "B-1" of 120 units worth 480.00 euros 2 months ago
    When the CLV adjustments are decided
    Then order "B-1" adds 480.00 euros to historic value
    And order "B-1" does not count as a purchase
    And the reasons for order "B-1" include BULK_ORDER

  Scenario: An organisation's order above 1,000 euros counts in history but not for prediction
    Given an organisation in France
    And they placed order "B-2" of 4 units worth 1500.00 euros 1 month ago
    When the CLV adjustments are decided
    Then order "B-2" does not count as a purchase

  Scenario: A person buying 120 sketchbooks is not a bulk buyer
    Given a customer in France
    And they placed order "B-3" of 120 units worth 480.00 euros 2 months ago
    When the CLV adjustments are decided
    Then order "B-3" counts as a purchase with weight 1.0
