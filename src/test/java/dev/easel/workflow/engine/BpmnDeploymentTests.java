package dev.easel.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.workflow.WorkflowTestBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BpmnDeploymentTests extends WorkflowTestBase {

    @Autowired
    RepositoryService repository;

    @Autowired
    BpmnDeployment deployment;

    @Autowired
    WorkflowProperties properties;

    @Test
    void deploysEveryProcessAndTheFormUnderTheirNamesInTheFolder() {
        String deploymentId = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey("clv-recalculation")
                .latestVersion()
                .singleResult()
                .getDeploymentId();

        assertThat(repository.getDeploymentResourceNames(deploymentId))
                .containsExactlyInAnyOrder(
                        "clv-recalculation.bpmn",
                        "clv-spike-review.bpmn",
                        "clv-spike-review.form",
                        "consent-renewal.bpmn",
                        "clv-batch-run.bpmn",
                        "data-subject-request.bpmn");
    }

    @Test
    void deployingAnUnchangedFolderAgainMakesNoNewVersion() {
        long before = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey("clv-spike-review")
                .count();

        deployment.deploy();

        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("clv-spike-review")
                        .count())
                .isEqualTo(before);
    }

    @Test
    void thePackagedCopyHoldsTheSameFilesAsTheFolder() {
        assertThat(BpmnDeployment.fromClasspath().keySet())
                .isEqualTo(BpmnDeployment.fromFolder(properties.location()).keySet());
    }

    @Test
    void theRenewalSettingsMatchTheConsentRenewalRules() throws Exception {
        String rules = Files.readString(Path.of("rules/consent/consent-renewal.drl"));

        assertThat(properties.consentRenewal().period().toTotalMonths())
                .isEqualTo(declared(rules, "renewalPeriodMonths"));
        assertThat(properties.consentRenewal().notice().getDays()).isEqualTo(declared(rules, "renewalNoticeDays"));
    }

    private static long declared(String rules, String field) {
        Matcher matcher = Pattern.compile(field + "\\s*:\\s*int\\s*=\\s*(\\d+)").matcher(rules);
        assertThat(matcher.find()).as(field).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
