/**
 * The clv module's command-line tool, run by {@code EaselApplication} from the jar. Published as the named interface
 * {@code cli} for the application's entry point alone: no other module uses it, and it is kept out of the module's API.
 */
@org.springframework.modulith.NamedInterface("cli")
package dev.easel.clv.cli;
