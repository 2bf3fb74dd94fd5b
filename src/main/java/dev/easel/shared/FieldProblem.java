package dev.easel.shared;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One bad field of a request or of a file line. {@code line} is the 1-based line of a file, or null for a request.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProblem(Long line, String field, String message) {

    public static FieldProblem of(String field, String message) {
        return new FieldProblem(null, field, message);
    }

    public static FieldProblem atLine(long line, String field, String message) {
        return new FieldProblem(line, field, message);
    }
}
