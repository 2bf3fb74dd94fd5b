package dev.easel.demo;

/**
 * One source-system account of a person: a person who shops on two channels has two, with the same email, which
 * the ledger's identity merge joins into one customer.
 */
record Identity(String customerId, Channel channel, String email) {}
