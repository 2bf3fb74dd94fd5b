package dev.easel.workflow.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the processes and forms from the {@code bpmn/} folder, or from the jar's copy when there is no folder.
 * Resources are named by their path inside the folder, never by the absolute file path, so that an unchanged folder
 * deployed again from another directory is recognised as a duplicate and no new version appears.
 */
@Component
class BpmnDeployment {

    static final String PACKAGED = "easel/bpmn";
    static final String DEPLOYMENT_NAME = "easel";
    private static final Set<String> EXTENSIONS = Set.of(".bpmn", ".form", ".dmn");
    private static final Logger log = LoggerFactory.getLogger(BpmnDeployment.class);

    private final RepositoryService repository;
    private final WorkflowProperties properties;

    BpmnDeployment(RepositoryService repository, WorkflowProperties properties) {
        this.repository = repository;
        this.properties = properties;
    }

    @EventListener(ApplicationStartedEvent.class)
    void deploy() {
        Map<String, byte[]> files =
                Files.isDirectory(properties.location()) ? fromFolder(properties.location()) : fromClasspath();
        DeploymentBuilder deployment = repository
                .createDeployment()
                .name(DEPLOYMENT_NAME)
                // Compared as a whole: an unchanged folder makes no new deployment and no new process versions.
                .enableDuplicateFiltering(false);
        files.forEach((name, bytes) -> deployment.addInputStream(name, new ByteArrayInputStream(bytes)));
        var deployed = deployment.deployWithResult();
        log.info("Deployed {} workflow resources (deployment {})", files.size(), deployed.getId());
    }

    static Map<String, byte[]> fromFolder(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile)
                    .filter(BpmnDeployment::deployable)
                    .toList()) {
                files.put(folder.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the workflow folder " + folder.toAbsolutePath(), e);
        }
        return files;
    }

    static Map<String, byte[]> fromClasspath() {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:" + PACKAGED + "/**/*")) {
                String url = resource.getURL().toString();
                if (resource.isReadable() && deployable(url)) {
                    files.put(
                            url.substring(url.lastIndexOf(PACKAGED + "/") + PACKAGED.length() + 1),
                            resource.getContentAsByteArray());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the workflows packaged in the jar", e);
        }
        return files;
    }

    private static boolean deployable(Path path) {
        return deployable(path.getFileName().toString());
    }

    private static boolean deployable(String name) {
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
