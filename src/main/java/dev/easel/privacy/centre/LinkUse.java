package dev.easel.privacy.centre;

/** The one thing a signed token may be used for: a token for one use opens nothing else. */
public enum LinkUse {
    /** The customer's preference centre: choices, receipts, their data requests. */
    PREFERENCES,
    /** Renewing one consent that is due, from the renewal workflow's message. */
    RENEWAL,
    /** The shop's checkout component: posting one choice, for minutes. */
    CHECKOUT
}
