package io.driftwatch.polling;

import io.driftwatch.inventory.Credential;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.util.security.SecurityUtils;

/** Reads private keys named by credentials, once per file version rather than once per device. */
@ApplicationScoped
public class IdentityLoader {

    private final Map<Path, Loaded> cache = new ConcurrentHashMap<>();

    /** @throws IllegalStateException naming the credential and file when the key cannot be read */
    public List<KeyPair> identities(Credential credential) {
        Path file = credential.privateKey();
        if (file == null) {
            return List.of();
        }
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            Loaded loaded = cache.get(file);
            if (loaded == null || !loaded.modified.equals(modified)) {
                loaded = new Loaded(modified, read(file, credential));
                cache.put(file, loaded);
            }
            return loaded.keys;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("credential '" + credential.name() + "': cannot read private key "
                    + file + ": " + e.getMessage(), e);
        }
    }

    private static List<KeyPair> read(Path file, Credential credential) throws IOException, GeneralSecurityException {
        FilePasswordProvider passphrase = credential.passphrase() == null
                ? FilePasswordProvider.EMPTY
                : FilePasswordProvider.of(credential.passphrase().reveal());
        List<KeyPair> keys = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            Iterable<KeyPair> read = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(file.toString()),
                    in, passphrase);
            if (read != null) {
                read.forEach(keys::add);
            }
        }
        if (keys.isEmpty()) {
            throw new GeneralSecurityException("no key found in the file");
        }
        return List.copyOf(keys);
    }

    private record Loaded(FileTime modified, List<KeyPair> keys) {
    }
}
