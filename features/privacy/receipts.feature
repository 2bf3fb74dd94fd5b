Feature: Consent receipts
  Every choice made through Easel yields a receipt with the Kantara Consent Receipt fields that apply. The customer
  downloads their own receipts; compliance reads any through the API; nobody else reads them.

  Scenario: A choice yields a receipt the customer can download
    Given a customer who opened their preference-centre link
    When they click "give" for "marketing-sync"
    Then their page lists a receipt
    And the receipt names the controller, the purpose as shown, the notice version, PREFERENCE_CENTRE and the jurisdiction

  Scenario: A customer cannot read another customer's receipt
    Given another customer who has a receipt
    And a customer who opened their preference-centre link
    When they ask for the other customer's receipt
    Then they get nothing

  Scenario: Compliance reads a customer's receipts through the API
    Given a customer who opened their preference-centre link
    When they click "give" for "clv-profiling"
    Then compliance finds the receipt among the customer's receipts
