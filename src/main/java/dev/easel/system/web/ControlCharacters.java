package dev.easel.system.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.easel.shared.FieldProblems;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * Refuses NUL and other control characters in every string of a JSON request, naming the field: PostgreSQL cannot
 * store NUL in text (the insert failed as a conflict) and H2 stored it. Tab and line breaks stay allowed. Spring Boot
 * adds this module to the application's ObjectMapper.
 */
@Component
class ControlCharacters extends SimpleModule {

    ControlCharacters() {
        super("easel-control-characters");
        addDeserializer(String.class, new Checked());
    }

    /** Carries the field path like any mapping error; {@link ProblemResponses} answers it with its own message. */
    static final class Refused extends JsonMappingException {

        Refused(JsonParser parser) {
            super(parser, "must not contain NUL or other control characters");
        }
    }

    private static final class Checked extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && FieldProblems.hasControlCharacters(value)) {
                throw new Refused(parser);
            }
            return value;
        }
    }
}
