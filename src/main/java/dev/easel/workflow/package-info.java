/**
 * Everything Camunda: the processes in {@code bpmn/}, one backing class each, and thin adapters that call one module.
 * Other modules never import Camunda; they publish events, and this module starts or correlates processes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow")
package dev.easel.workflow;
