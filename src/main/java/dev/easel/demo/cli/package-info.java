/**
 * The demo marketplace's command-line tool ({@code demo-data}), run by {@code EaselApplication} from the jar. Published
 * as the named interface {@code cli} for the application's entry point alone.
 */
@org.springframework.modulith.NamedInterface("cli")
package dev.easel.demo.cli;
