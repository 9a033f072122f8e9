package io.driftwatch.testing;

import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Real OpenSSH servers (Debian's {@code openssh-server}) on loopback, each with its own config, playing a router:
 * its forced command prints a real {@code show version} fixture for the exec channel and serves a minimal CLI for an
 * interactive shell. One server per way of logging in that routers use, a legacy-algorithms one, and one that is
 * only a jump host. Everything lives in {@value #DIR}; the login is a real local user, since OpenSSH checks
 * passwords against the system's.
 */
public class OpenSshServers implements QuarkusTestResourceLifecycleManager {

    public static final Path SSHD = Path.of("/usr/sbin/sshd");
    public static final Path SSH_KEYGEN = Path.of("/usr/bin/ssh-keygen");
    public static final String DIR = "target/openssh";
    /** The local user every server lets in; made by the tests when missing. */
    public static final String USER = "dwinterop";
    public static final String PASSWORD = "Interop-router-pw-42";
    /** The fixture the routers answer with, in the shared corpus, and the version it states. */
    private static final String FIXTURE = "cisco_ios/cisco_ios_show_version2.raw";
    public static final String VERSION = "15.3(2)S1";

    /** Server name to its sshd_config lines beyond the common ones. */
    private static final Map<String, List<String>> SERVERS = new LinkedHashMap<>();

    static {
        SERVERS.put("password", List.of("UsePAM no", "PasswordAuthentication yes", "KbdInteractiveAuthentication no",
                "PubkeyAuthentication no", "AllowTcpForwarding no"));
        // Without PAM, OpenSSH on Linux has no keyboard-interactive device; PAM asks for the password as a prompt.
        SERVERS.put("kbdint", List.of("UsePAM yes", "PasswordAuthentication no", "KbdInteractiveAuthentication yes",
                "PubkeyAuthentication no", "AllowTcpForwarding no"));
        SERVERS.put("pubkey", List.of("UsePAM no", "PasswordAuthentication no", "KbdInteractiveAuthentication no",
                "PubkeyAuthentication yes", "PubkeyAcceptedAlgorithms rsa-sha2-512,rsa-sha2-256",
                "AllowTcpForwarding no"));
        // As old as this OpenSSH still goes: SHA-1 group exchange, CBC, HMAC-SHA1 and ssh-rsa host key signatures,
        // none of which the client offers unless the device's group adds them.
        SERVERS.put("legacy", List.of("UsePAM no", "PasswordAuthentication yes", "KbdInteractiveAuthentication no",
                "PubkeyAuthentication no", "KexAlgorithms diffie-hellman-group14-sha1", "Ciphers aes128-cbc",
                "MACs hmac-sha1", "HostKeyAlgorithms ssh-rsa", "AllowTcpForwarding no"));
        SERVERS.put("jump", List.of("UsePAM no", "PasswordAuthentication yes", "KbdInteractiveAuthentication no",
                "PubkeyAuthentication no", "AllowTcpForwarding local", "PermitOpen 127.0.0.1:*",
                // Debug level logs where each forward goes.
                "LogLevel DEBUG1"));
    }

    private static final Map<String, Integer> PORTS = new LinkedHashMap<>();
    private static final List<Process> PROCESSES = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        try {
            requireOpenSsh();
            Path fixture = requireFixture();
            Path dir = Path.of(DIR).toAbsolutePath();
            Files.createDirectories(dir);
            ensureUser();
            keygen(dir.resolve("host_ed25519"), "ed25519");
            keygen(dir.resolve("host_rsa"), "rsa");
            keygen(dir.resolve("user_rsa"), "rsa");
            Files.copy(dir.resolve("user_rsa.pub"), dir.resolve("authorized_keys"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve("password"), PASSWORD + "\n");
            Files.copy(fixture, dir.resolve("version.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Path router = dir.resolve("router.sh");
            Files.writeString(router, ROUTER_SCRIPT);
            Files.setPosixFilePermissions(router, PosixFilePermissions.fromString("rwxr-xr-x"));
            // The privilege separation directory the Debian package makes at boot.
            Files.createDirectories(Path.of("/run/sshd"));
            for (var server : SERVERS.entrySet()) {
                PORTS.put(server.getKey(), startServer(dir, server.getKey(), server.getValue()));
            }
            return Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        for (Process process : PROCESSES) {
            process.destroy();
        }
        for (Process process : PROCESSES) {
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        PROCESSES.clear();
        PORTS.clear();
    }

    public static int port(String server) {
        return PORTS.get(server);
    }

    public static Path file(String name) {
        return Path.of(DIR).toAbsolutePath().resolve(name);
    }

    /** Fails, never skips, when the machine cannot run the servers, saying what to install. */
    private static void requireOpenSsh() {
        for (Path binary : List.of(SSHD, SSH_KEYGEN)) {
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException(binary + " is missing: the OpenSSH interop tests need Debian's"
                        + " openssh-server (apt-get install -y openssh-server; .ci/run does this)");
            }
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("The OpenSSH interop tests start sshd with password logins for a local"
                    + " user, which needs root (as in .ci/run); run them as root");
        }
    }

    private static Path requireFixture() {
        Path fixture = SharedFixtures.showVersion().resolve(FIXTURE);
        if (!Files.isReadable(fixture)) {
            throw new IllegalStateException("The OpenSSH interop tests answer with the fixture " + fixture
                    + ", which is missing");
        }
        return fixture;
    }

    /** A real local user with a password, as OpenSSH without PAM checks passwords against the shadow file. */
    private static void ensureUser() throws IOException {
        if (run(List.of("id", "-u", USER), null) != 0) {
            require(run(List.of("useradd", "--create-home", "--shell", "/bin/sh", USER), null), "useradd " + USER);
        }
        require(run(List.of("chpasswd"), USER + ":" + PASSWORD + "\n"), "chpasswd for " + USER);
    }

    private static void keygen(Path key, String type) throws IOException {
        Files.deleteIfExists(key);
        Files.deleteIfExists(Path.of(key + ".pub"));
        List<String> command = new ArrayList<>(List.of(SSH_KEYGEN.toString(), "-q", "-t", type, "-N", "", "-C",
                "driftwatch-interop", "-f", key.toString()));
        if (type.equals("rsa")) {
            command.addAll(List.of("-b", "3072"));
        }
        require(run(command, null), "ssh-keygen " + key);
    }

    private static int startServer(Path dir, String name, List<String> options) throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        List<String> config = new ArrayList<>(List.of(
                "ListenAddress 127.0.0.1",
                "Port " + port,
                "PidFile " + dir.resolve(name + ".pid"),
                "HostKey " + dir.resolve("host_rsa")));
        if (!name.equals("legacy")) {
            config.add("HostKey " + dir.resolve("host_ed25519"));
        }
        // sshd keeps the first value of a keyword, so the server's own lines go before the common ones.
        config.addAll(options);
        config.addAll(List.of(
                // The files live in the build directory, whose owner and modes sshd would otherwise judge.
                "StrictModes no",
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "AllowUsers " + USER,
                "ForceCommand " + dir.resolve("router.sh"),
                "X11Forwarding no",
                "PermitTTY yes",
                "LogLevel VERBOSE"));
        Path file = dir.resolve("sshd_config_" + name);
        Files.write(file, config);
        Path log = dir.resolve("sshd_" + name + ".log");
        require(run(List.of(SSHD.toString(), "-t", "-f", file.toString()), null), "sshd -t -f " + file);
        Process process = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PROCESSES.add(process);
        int bound = port;
        await("sshd '" + name + "' listening on 127.0.0.1:" + port + " (log: " + log + ")")
                .atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("sshd '" + name + "' exited: " + Files.readString(log));
                    }
                    return accepts(bound);
                });
        return port;
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int run(List<String> command, String input) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (var stdin = process.getOutputStream()) {
            if (input != null) {
                stdin.write(input.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted running " + command, e);
        }
    }

    private static void require(int exit, String what) {
        if (exit != 0) {
            throw new IllegalStateException(what + " failed with exit status " + exit);
        }
    }

    /**
     * The forced command: the exec channel's command arrives in {@code SSH_ORIGINAL_COMMAND}; without one, a shell
     * with a prompt that answers the commands Driftwatch's shell dialogue sends.
     */
    private static final String ROUTER_SCRIPT = """
            #!/bin/sh
            dir=$(dirname "$0")
            answer() {
              case "$1" in
                "show version") cat "$dir/version.txt" ;;
                terminal*|"") ;;
                *) echo "% Invalid input detected at '^' marker."; return 1 ;;
              esac
            }
            if [ -n "$SSH_ORIGINAL_COMMAND" ]; then
              answer "$SSH_ORIGINAL_COMMAND"
              exit $?
            fi
            printf 'router#'
            while IFS= read -r line; do
              line=$(printf '%s' "$line" | tr -d '\\r')
              case "$line" in
                exit|quit|logout) exit 0 ;;
              esac
              answer "$line"
              printf 'router#'
            done
            """;
}
