package dev.easel.workflow.engine;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable with its name and Java type, so that adapters and tests never spell a name or cast by hand.
 * Lists are stored as one line per element: Camunda keeps them as plain strings, readable in Cockpit and in forms.
 */
public final class ProcessVariable<T> {

    private final String name;
    private final Function<Object, T> reader;
    private final Function<T, Object> writer;

    private ProcessVariable(String name, Function<Object, T> reader, Function<T, Object> writer) {
        this.name = name;
        this.reader = reader;
        this.writer = writer;
    }

    public static ProcessVariable<String> string(String name) {
        return new ProcessVariable<>(name, String.class::cast, value -> value);
    }

    public static ProcessVariable<Long> number(String name) {
        return new ProcessVariable<>(
                name, value -> value == null ? null : ((Number) value).longValue(), value -> value);
    }

    public static ProcessVariable<Integer> integer(String name) {
        return new ProcessVariable<>(name, value -> value == null ? null : ((Number) value).intValue(), value -> value);
    }

    public static ProcessVariable<Boolean> flag(String name) {
        return new ProcessVariable<>(name, Boolean.class::cast, value -> value);
    }

    public static ProcessVariable<Date> date(String name) {
        return new ProcessVariable<>(name, Date.class::cast, value -> value);
    }

    public static ProcessVariable<List<String>> lines(String name) {
        return new ProcessVariable<>(
                name,
                value -> value == null || value.toString().isEmpty()
                        ? List.of()
                        : Arrays.asList(value.toString().split("\n")),
                value -> String.join("\n", value));
    }

    public String name() {
        return name;
    }

    public T get(VariableScope scope) {
        return reader.apply(scope.getVariable(name));
    }

    public T read(Object stored) {
        return reader.apply(stored);
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, toStored(value));
    }

    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, toStored(value));
    }

    public Object toStored(T value) {
        return value == null ? null : writer.apply(value);
    }
}
