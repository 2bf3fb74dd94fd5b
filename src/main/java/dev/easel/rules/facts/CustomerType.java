package dev.easel.rules.facts;

/** Who buys: a person, or an art school or other organisation that may buy in bulk. */
public enum CustomerType {
    INDIVIDUAL,
    SCHOOL,
    ORGANISATION
}
