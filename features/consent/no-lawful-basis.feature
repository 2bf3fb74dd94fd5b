Feature: No lawful basis, no use (rules/consent/no-lawful-basis.drl)
  Data is never used by default: a purpose that no rule made usable is suppressed.

  Scenario: A customer in Germany who never answered is not profiled or synced
    Given a customer in Germany
    When the consent gate decides
    Then CLV profiling is suppressed because of NO_LAWFUL_BASIS
    And marketing sync is suppressed because of NO_LAWFUL_BASIS
