package dev.easel.privacy.centre;

/** Delivers a renewal link to the customer; which one is configured (SMTP today). */
interface RenewalSender {

    /** Short name recorded with the link once delivered ({@code smtp}). */
    String name();

    /** @param address the customer's address, read from the commerce module for this delivery only, never stored here */
    void send(RenewalLink link, String address);
}
