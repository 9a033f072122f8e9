package io.driftwatch.inventory;

import io.driftwatch.files.SourceFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and validates an inventory: YAML with credentials and devices, or a CSV device list with a YAML credentials
 * file beside it. Secret references are resolved on every load so that rotated secrets are picked up. Plain Java, so
 * tests and tools can use it without the container.
 */
public final class InventoryLoader {

    /** Name of the credentials file looked for beside a CSV inventory when none is configured. */
    public static final String DEFAULT_CREDENTIALS_FILE = "credentials.yaml";

    private final DeviceValidator devices;
    private final YamlInventoryReader yaml;

    /**
     * @param platforms   platform names a device may declare
     * @param environment looks up environment variables for {@code ${NAME}}; returns null for an unset one
     */
    public InventoryLoader(Set<String> platforms, Function<String, String> environment) {
        this.devices = new DeviceValidator(platforms);
        this.yaml = new YamlInventoryReader(new SecretResolver(environment));
    }

    /**
     * @param credentialsFile for a CSV inventory only; null means {@value #DEFAULT_CREDENTIALS_FILE} in the CSV's
     *                        folder
     */
    public Inventory load(Path inventoryFile, Path credentialsFile) throws SourceFileException {
        if (isCsv(inventoryFile)) {
            return loadCsv(inventoryFile, credentialsFile != null ? credentialsFile
                    : inventoryFile.resolveSibling(DEFAULT_CREDENTIALS_FILE));
        }
        YamlInventoryReader.Contents contents = yaml.readInventory(inventoryFile);
        List<DeviceSpec> specs = devices.validate(inventoryFile, contents.devices(), contents.credentials(),
                "'credentials'");
        return new Inventory(inventoryFile, contents.credentials(), specs, contents.groups());
    }

    private Inventory loadCsv(Path csvFile, Path credentialsFile) throws SourceFileException {
        // Devices first: a broken device list is the likelier mistake and the one the user is editing.
        List<DeviceFields> fields = CsvDeviceReader.read(csvFile);
        YamlInventoryReader.Logins logins = yaml.readCredentialsFile(credentialsFile);
        List<DeviceSpec> specs = devices.validate(csvFile, fields, logins.credentials(), credentialsFile.toString());
        return new Inventory(csvFile, logins.credentials(), specs, logins.groups());
    }

    static boolean isCsv(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }
}
