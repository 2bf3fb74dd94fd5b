Feature: A "no" is never overridden, in any jurisdiction (rules/consent/a-no-is-honoured.drl, objection.drl)
  Whatever the law that applies (every row of rules/consent/jurisdictions.csv, including '*' for anywhere not
  listed), a customer's withdrawal, opt-out, objection or Global Privacy Control signal for a purpose stops that
  purpose until they give consent for it again. No rule turns a "no" into eligibility on another lawful basis. The
  build fails when a row of the table is missing from these examples.

  Scenario Outline: A withdrawal of consent to profiling is honoured under <jurisdiction>
    Given a customer under the jurisdiction <jurisdiction>
    And they withdrew consent for CLV profiling 1 month ago
    When the consent gate decides
    Then CLV profiling is suppressed because of CONSENT_WITHDRAWN

    Examples:
      | jurisdiction |
      | * |
      | EU |
      | GB |
      | CH |
      | BR |
      | CA |
      | CA-QC |
      | US-CA |
      | US-VA |
      | US-CO |
      | US-CT |
      | US-UT |
      | US-TX |
      | US-FL |
      | US-OR |
      | US-MT |
      | US-IA |
      | US-DE |
      | US-NE |
      | US-NH |
      | US-NJ |
      | US-TN |
      | US-MN |
      | US-MD |
      | US-IN |
      | US-KY |
      | US-RI |

  Scenario Outline: An opt-out of marketing sync is honoured under <jurisdiction>
    Given a customer under the jurisdiction <jurisdiction>
    And they gave consent for marketing sync 6 months ago
    And they opted out of marketing sync 2 days ago
    When the consent gate decides
    Then marketing sync is suppressed because of OPTED_OUT

    Examples:
      | jurisdiction |
      | * |
      | EU |
      | GB |
      | CH |
      | BR |
      | CA |
      | CA-QC |
      | US-CA |
      | US-VA |
      | US-CO |
      | US-CT |
      | US-UT |
      | US-TX |
      | US-FL |
      | US-OR |
      | US-MT |
      | US-IA |
      | US-DE |
      | US-NE |
      | US-NH |
      | US-NJ |
      | US-TN |
      | US-MN |
      | US-MD |
      | US-IN |
      | US-KY |
      | US-RI |

  Scenario Outline: An objection is honoured for every purpose under <jurisdiction>
    Given a customer under the jurisdiction <jurisdiction>
    And they were informed of our legitimate interest in CLV profiling 6 months ago
    And they objected to processing 2 days ago
    When the consent gate decides
    Then CLV profiling is suppressed because of OBJECTION_ART21
    And marketing sync is suppressed because of OBJECTION_ART21

    Examples:
      | jurisdiction |
      | * |
      | EU |
      | GB |
      | CH |
      | BR |
      | CA |
      | CA-QC |
      | US-CA |
      | US-VA |
      | US-CO |
      | US-CT |
      | US-UT |
      | US-TX |
      | US-FL |
      | US-OR |
      | US-MT |
      | US-IA |
      | US-DE |
      | US-NE |
      | US-NH |
      | US-NJ |
      | US-TN |
      | US-MN |
      | US-MD |
      | US-IN |
      | US-KY |
      | US-RI |

  Scenario Outline: A Global Privacy Control signal stops marketing sync under <jurisdiction>
    Given a customer under the jurisdiction <jurisdiction>
    And their browser sent a Global Privacy Control signal 3 days ago
    When the consent gate decides
    Then marketing sync is suppressed because of OPTED_OUT

    Examples:
      | jurisdiction |
      | * |
      | EU |
      | GB |
      | CH |
      | BR |
      | CA |
      | CA-QC |
      | US-CA |
      | US-VA |
      | US-CO |
      | US-CT |
      | US-UT |
      | US-TX |
      | US-FL |
      | US-OR |
      | US-MT |
      | US-IA |
      | US-DE |
      | US-NE |
      | US-NH |
      | US-NJ |
      | US-TN |
      | US-MN |
      | US-MD |
      | US-IN |
      | US-KY |
      | US-RI |
