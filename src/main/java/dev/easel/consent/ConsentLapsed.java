package dev.easel.consent;

/** A consent reached the end of its renewal period without being renewed and no longer counts. */
public record ConsentLapsed(String customerKey, Purpose purpose, String processInstance) {}
