package dev.easel.system.apidocs;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * Adds to each operation what the controllers declare elsewhere: the roles its {@code @PreAuthorize} admits (as text
 * and as {@code x-roles}), and the problem+json answers it can give: 400 when it takes input, 401 and 403 when it
 * needs a role, 404 when its path names something.
 */
final class RolesAndProblems implements OperationCustomizer {

    static final String ROLES_EXTENSION = "x-roles";
    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        List<String> roles = roles(handler);
        if (!roles.isEmpty()) {
            operation.addExtension(ROLES_EXTENSION, roles);
            String admits = "Roles: " + String.join(", ", roles) + ".";
            operation.setDescription(
                    operation.getDescription() == null ? admits : operation.getDescription() + "\n\n" + admits);
        }
        ApiResponses responses = Optional.ofNullable(operation.getResponses()).orElseGet(ApiResponses::new);
        operation.setResponses(responses);
        if (takesInput(handler)) {
            problem(responses, "400", "Bad input: every bad field is named in `errors`; nothing was stored.");
        }
        problem(responses, "401", "No or wrong credentials.");
        if (!roles.isEmpty()) {
            problem(responses, "403", "The user's role is not among " + String.join(", ", roles) + ".");
        }
        if (hasParameter(handler, PathVariable.class)) {
            problem(responses, "404", "Nothing with that id.");
        }
        return operation;
    }

    static List<String> roles(HandlerMethod handler) {
        PreAuthorize rule = Optional.ofNullable(
                        AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class))
                .orElseGet(() -> AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class));
        List<String> roles = new ArrayList<>();
        if (rule != null) {
            Matcher matcher = ROLE.matcher(rule.value());
            while (matcher.find()) {
                roles.add(matcher.group(1));
            }
        }
        return roles;
    }

    private static boolean takesInput(HandlerMethod handler) {
        return hasParameter(handler, RequestBody.class) || hasParameter(handler, RequestParam.class);
    }

    private static boolean hasParameter(HandlerMethod handler, Class<? extends java.lang.annotation.Annotation> type) {
        for (var parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(type)) {
                return true;
            }
        }
        return false;
    }

    private static void problem(ApiResponses responses, String status, String description) {
        if (responses.containsKey(status)) {
            return;
        }
        responses.addApiResponse(
                status,
                new ApiResponse()
                        .description(description)
                        .content(new Content()
                                .addMediaType(
                                        org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                        new MediaType()
                                                .schema(new Schema<>().$ref(ProblemSchema.ref(ProblemSchema.NAME))))));
    }
}
