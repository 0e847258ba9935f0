package fi.tietovahti;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * ./mvnw spring-boot:test-run finds its main class by being the only one in the test tree: a second main method
 * there breaks the README's run command (it happened once, with a template generator).
 */
class LocalRunMainClassTest {

    @Test
    void theLocalApplicationIsTheOnlyMainClassOfTheTestTree() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return Files.readString(p).contains("static void " + "main(String");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(p -> p.getFileName().toString())).containsExactly("LocalTietovahtiApplication.java");
        }
    }
}
