package io.driftwatch.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.driftwatch.files.SourceFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretResolverTest {

    @TempDir
    Path dir;

    private final SecretResolver resolver = new SecretResolver(Map.of("ROUTER_PASSWORD", "hunter2")::get);
    private final Path inventory = Path.of("config/inventory.yaml");

    @Test
    void readsEnvironmentVariables() throws Exception {
        assertEquals("hunter2", resolve("ROUTER_PASSWORD"));
    }

    @Test
    void readsFilesStrippingOneTrailingNewline() throws Exception {
        Files.writeString(dir.resolve("one"), "secret\n");
        Files.writeString(dir.resolve("two"), "secret\n\n");
        Files.writeString(dir.resolve("crlf"), "secret\r\n");
        Files.writeString(dir.resolve("none"), "secret");

        assertEquals("secret", resolve("file:" + dir.resolve("one")));
        assertEquals("secret\n", resolve("file:" + dir.resolve("two")));
        assertEquals("secret", resolve("file:" + dir.resolve("crlf")));
        assertEquals("secret", resolve("file:none"), "relative to the inventory's folder");
    }

    @Test
    void aMissingVariableIsNamedWithFileLineAndField() {
        SourceFileException e = assertThrows(SourceFileException.class, () -> resolve("MISSING"));

        assertEquals("config/inventory.yaml:7: credential 'ro': password: environment variable 'MISSING' is not set",
                e.getMessage());
    }

    @Test
    void anUnreadableFileIsNamedButNotItsContent() {
        SourceFileException e = assertThrows(SourceFileException.class, () -> resolve("file:" + dir));

        assertEquals(7, e.line());
        assertFalse(e.getMessage().contains("hunter2"));
    }

    @Test
    void rejectsReferencesThatAreNeitherKind() {
        SourceFileException e = assertThrows(SourceFileException.class, () -> resolve("vault:secret/ro"));

        assertEquals("config/inventory.yaml:7: credential 'ro': password: '${vault:secret/ro}' is neither"
                + " ${ENVIRONMENT_VARIABLE} nor ${file:/path}", e.getMessage());
    }

    @Test
    void secretsMaskThemselves() {
        Secret secret = new Secret("hunter2");
        Credential credential = new Credential("ro", "netops", secret, null, new Secret("open-sesame"), null);

        assertEquals("******", secret.toString());
        assertEquals("hunter2", secret.reveal());
        assertFalse(credential.toString().contains("hunter2"), credential.toString());
        assertFalse(credential.toString().contains("open-sesame"), credential.toString());
    }

    @Test
    void placeholdersKeepLinesAndRestoreTheWrittenReference() throws Exception {
        SecretReferences references = SecretReferences.mask("a: { p: ${X} }\nb: ${file:/y}\n", inventory);

        assertEquals(2, references.maskedText().lines().count());
        assertFalse(references.maskedText().contains("${"));
        String masked = references.maskedText().lines().toList().get(1).substring(3);
        assertEquals("${file:/y}", references.restore(masked));
    }

    private String resolve(String reference) throws SourceFileException {
        return resolver.resolve(reference, dir, inventory, 7, "credential 'ro': password");
    }
}
