/**
 * Small value types every module may use and that use no module: field-level problems for problem+json answers.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shared",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.easel.shared;
