package dev.easel.system.apidocs;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import java.util.Set;

/**
 * Names a nested type after its owner ({@code OrderRequest.Line} becomes {@code OrderRequestLine}): several requests
 * have a {@code Line}, and under the plain simple name one schema would silently replace the other.
 */
final class NestedTypeNames extends TypeNameResolver {

    static ModelResolver resolver() {
        return new ModelResolver(Json.mapper(), new NestedTypeNames());
    }

    @Override
    protected String nameForClass(Class<?> type, Set<Options> options) {
        String name = super.nameForClass(type, options);
        Class<?> owner = type.getEnclosingClass();
        return owner != null && name.equals(type.getSimpleName()) ? owner.getSimpleName() + name : name;
    }
}
