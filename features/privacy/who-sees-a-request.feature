Feature: Who may see a data-subject request's status
  A customer asks for a copy of their data, or its erasure, from their preference centre. They see the status of their
  own requests; compliance sees every open request; nobody else sees that a request, or a customer, exists.

  Scenario: The customer sees the status of their own request
    Given a customer who opened their preference-centre link
    When they ask for a copy of their data
    Then their page shows their ACCESS request as OPEN
    And compliance sees the request among the open data-subject requests

  Scenario: Another customer's link does not show it
    Given another customer who asked for a copy of their data
    And a customer who opened their preference-centre link
    Then their page shows no request

  Scenario: Without a valid link, nothing is shown
    When a visitor opens the preference centre without a link
    Then they are told the link expired and nothing changed
