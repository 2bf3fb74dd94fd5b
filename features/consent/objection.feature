Feature: Objection to processing (rules/consent/objection.drl)
  A customer who objects to processing (GDPR Art. 21) is suppressed for every purpose, whatever the lawful basis
  and wherever they live.

  Scenario: A customer in France who consented and then objected is suppressed for everything
    Given a customer in France
    And they gave consent for CLV profiling 2 months ago
    And they gave consent for marketing sync 2 months ago
    And they objected to processing 1 month ago
    When the consent gate decides
    Then CLV profiling is suppressed because of OBJECTION_ART21
    And marketing sync is suppressed because of OBJECTION_ART21

  Scenario: A customer in Japan, profiled on legitimate interest, who objected is suppressed for everything
    Given a customer in Japan
    And they objected to processing 3 days ago
    When the consent gate decides
    Then CLV profiling is suppressed because of OBJECTION_ART21
    And marketing sync is suppressed because of OBJECTION_ART21
