package dev.easel.commerce;

/**
 * A customer as CLV sees them: pseudonymous key, type and jurisdiction, birth year; no contact data.
 *
 * @param type INDIVIDUAL, SCHOOL or ORGANISATION
 */
public record LedgerCustomer(String customerKey, String type, String country, String region, Integer birthYear) {}
