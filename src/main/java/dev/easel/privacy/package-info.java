/**
 * The privacy centre for customers: notices they read (the {@code notices/} folder), signed links to their preference
 * centre, consent receipts, renewal links, survey answers in, their own data-subject requests, and the checkout's
 * consent component. It records through the consent module's public API; personal data stays there and in commerce.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy centre")
package dev.easel.privacy;
