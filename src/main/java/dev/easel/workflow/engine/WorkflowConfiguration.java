package dev.easel.workflow.engine;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox relay runs on a schedule; Camunda's timers run on its own job executor. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WorkflowConfiguration {}
