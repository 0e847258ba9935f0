package fi.tietovahti.hetu;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import org.springframework.boot.jackson.JsonComponent;

/**
 * Every JSON the application writes shows an identity code masked. A view that strictly needs the full code
 * writes {@link PersonalIdentityCode#value()} explicitly.
 */
@JsonComponent
class PersonalIdentityCodeJson extends JsonSerializer<PersonalIdentityCode> {

    @Override
    public void serialize(PersonalIdentityCode code, JsonGenerator gen, SerializerProvider serializers)
            throws IOException {
        gen.writeString(code.masked());
    }
}
