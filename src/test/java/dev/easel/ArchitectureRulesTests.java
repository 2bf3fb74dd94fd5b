package dev.easel;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the layout promises, checked on every build (Spring Modulith's {@code ModularityTests} checks the module
 * boundaries and cycles; these state the rest). Where a rule has an exception it is named here with its reason.
 */
@AnalyzeClasses(packages = "dev.easel", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureRulesTests {

    /**
     * Camunda is the workflow module's business: the other modules never see a process engine, a delegate or a task,
     * and speak to the workflow through their own interfaces and events. No exception today: the configuration that
     * boots the engine (identity, REST security, schema mode) lives in {@code workflow.engine} as well. The one other
     * place that names Camunda, {@code preview.cli.RulesPreviewCommand}, leaves the engine out of a command-line context
     * by auto-configuration class names in a property (text, not a dependency).
     */
    @ArchTest
    static final ArchRule camundaOnlyInTheWorkflowModule = noClasses()
            .that()
            .resideOutsideOfPackage("dev.easel.workflow..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.camunda..")
            .because("only the workflow module runs processes; the others speak to it through events and interfaces");

    /** Drools and KIE are the rules module's business: others ask {@code RuleEngine} with facts. No exception. */
    @ArchTest
    static final ArchRule kieOnlyInTheRulesModule = noClasses()
            .that()
            .resideOutsideOfPackage("dev.easel.rules..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.kie..", "org.drools..")
            .because("rules are built, swapped and evaluated in one place, with their version and fired rules");

    /**
     * The fact model the DRL files import is plain Java, so that analysts' rules and the Cucumber policies use it
     * without a Spring context, and it stays free of the engine too. One exception: the package's
     * {@code package-info} carries Spring Modulith's {@code @NamedInterface}, which publishes the package to the
     * other modules; it is metadata for the build, and no fact class sees it.
     */
    @ArchTest
    static final ArchRule factsArePlainJava = noClasses()
            .that()
            .resideInAPackage("dev.easel.rules.facts..")
            .and()
            .doNotHaveSimpleName("package-info")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.kie..", "org.drools..")
            .because("rules/README.md promises analysts a plain fact model");

    /**
     * The model is mathematics on arrays: fitted and scored without Spring, so it runs in a bare JVM benchmark. The
     * same exception as for the facts: {@code package-info}'s {@code @NamedInterface}.
     */
    @ArchTest
    static final ArchRule modelIsFreeOfSpring = noClasses()
            .that()
            .resideInAPackage("dev.easel.clv.model..")
            .and()
            .doNotHaveSimpleName("package-info")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.persistence..")
            .because("the BG/NBD and Gamma-Gamma model is plain Java over summaries");

    /**
     * {@code system} is the ground floor (security, problem+json, the API description's frame): it builds on
     * {@code shared} alone, so that every module may use it without a cycle. No exception: the consent vocabulary of the
     * API description lives with the consent module's controllers, and the demo marketplace is a module of its own.
     */
    @ArchTest
    static final ArchRule systemIsTheGroundFloor = classes()
            .that()
            .resideInAPackage("dev.easel.system..")
            .should()
            .onlyDependOnClassesThat(resideOutsideOfPackage("dev.easel..")
                    .or(resideInAnyPackage("dev.easel.system..", "dev.easel.shared..")))
            .because("the ground floor must not depend on the floors built on it");

    /**
     * The demo marketplace is the top floor: it uses the other modules, and nothing uses it but the application's
     * command table ({@code EaselApplication} runs {@code demo-data}). Two exceptions, both about the first start of
     * the embedded default: the workflow's {@code DemoBatchRun} answers the demo's request for a first batch run (an
     * event the demo publishes, since the workflow's run starter is internal to it), and the console's
     * {@code StatusStrip} shows how far that first scoring is (fitting, started, failed) before the run has progress
     * of its own.
     */
    @ArchTest
    static final ArchRule nothingButStartUpDependsOnTheDemo = noClasses()
            .that()
            .resideOutsideOfPackage("dev.easel.demo..")
            .and()
            .doNotHaveFullyQualifiedName("dev.easel.EaselApplication")
            .and(isNot("dev.easel.workflow.batch.DemoBatchRun"))
            .and(isNot("dev.easel.console.StatusStrip"))
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.easel.demo..")
            .because("the demo is a way to try Easel, not a part the service is built on");

    /** The class itself and its nested classes. */
    private static DescribedPredicate<JavaClass> isNot(String className) {
        return DescribedPredicate.describe(
                "are not " + className,
                type -> !type.getName().equals(className) && !type.getName().startsWith(className + "$"));
    }

    /**
     * The modules that hold personal data show the same shape: their top package is the API (interfaces, and the
     * records, enums, events and exceptions of their vocabulary), the implementations and stores sit in an internal
     * sub-package ({@code commerce.ledger}, {@code consent.internal}) and the controllers in {@code web}. So no Spring
     * bean is declared in the API package: another module depends on an interface, never on a service class. (That no
     * other module reads {@code commerce.ledger} or {@code consent.internal} is the next rule's business.)
     */
    @ArchTest
    static final ArchRule personalDataModulesPublishInterfacesNotBeans = noClasses()
            .that()
            .resideInAnyPackage("dev.easel.commerce", "dev.easel.consent")
            .should()
            .beMetaAnnotatedWith(Component.class)
            // Spring's own stereotypes are named too: the import does not read Spring's jars (archunit.properties), so
            // it cannot see that @Service is itself a @Component.
            .orShould()
            .beAnnotatedWith(Service.class)
            .orShould()
            .beAnnotatedWith(Repository.class)
            .orShould()
            .beAnnotatedWith(Controller.class)
            .orShould()
            .beAnnotatedWith(RestController.class)
            .orShould()
            .beAnnotatedWith(Configuration.class)
            .because("other modules depend on the API, and the implementation may change without them");

    /**
     * A module's sub-packages are its internals: another module reads only its top package (the API) and the
     * sub-packages it publishes as named interfaces. Those exceptions, each declared with
     * {@code @NamedInterface} in its package-info: {@code rules.facts} (the fact model every rule user builds),
     * {@code clv.model} (the model's types in the CLV API, such as the time unit) and {@code system.security} (roles and
     * masking every web layer applies). The {@code shared} module is open by declaration (small value helpers every
     * module uses). The {@code cli} packages are read only by the application's command table, which is in no module.
     */
    @ArchTest
    static final ArchRule noModuleReadsAnothersInternals = noClasses()
            .should(readAnotherModulesInternals())
            .because("a module's internals change without notice to the others");

    private static final String ROOT = "dev.easel.";

    private static final Set<String> PUBLISHED_SUB_PACKAGES = Set.of("rules.facts", "clv.model", "system.security");

    private static final Set<String> OPEN_MODULES = Set.of("shared");

    private static ArchCondition<JavaClass> readAnotherModulesInternals() {
        return new ArchCondition<>("read another module's internal package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = module(origin.getPackageName());
                if (from == null) {
                    return;
                }
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    String to = module(target);
                    if (to != null && !to.equals(from) && internal(target, to)) {
                        events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** The module a package belongs to (the first segment under dev.easel), or null outside any module. */
    private static String module(String packageName) {
        if (!packageName.startsWith(ROOT)) {
            return null;
        }
        String rest = packageName.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean internal(String packageName, String module) {
        String inModule = packageName.substring(ROOT.length());
        if (inModule.equals(module) || OPEN_MODULES.contains(module)) {
            return false;
        }
        return PUBLISHED_SUB_PACKAGES.stream()
                .noneMatch(published -> inModule.equals(published) || inModule.startsWith(published + "."));
    }
}
