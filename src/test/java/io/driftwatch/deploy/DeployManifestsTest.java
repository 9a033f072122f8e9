package io.driftwatch.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.driftwatch.testing.FakeRouters;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * deploy/ against the application it deploys: the YAML parses, every file a kustomization names exists, the probes
 * and the scrape hit endpoints this build serves on the port it listens on, every Secret and ConfigMap reference
 * resolves, and the image names match pom.xml and the Dockerfile's build commands.
 */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class DeployManifestsTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Path BASE = DEPLOY.resolve("base");
    private static final Path PRODUCTION = DEPLOY.resolve("overlays/production");
    private static final Path HA = DEPLOY.resolve("overlays/ha");
    private static final Path BRANCH = DEPLOY.resolve("examples/zone-branch");
    private static final Path MONITORING = MonitoringFiles.DIR;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyManifestParsesAndNamesItsKind() throws IOException {
        List<Path> files = yamlFiles();
        assertTrue(files.size() >= 7, files.toString());
        for (Path file : files) {
            for (JsonNode doc : documents(file)) {
                assertFalse(doc.path("apiVersion").asText().isEmpty(), file + ": no apiVersion");
                assertFalse(doc.path("kind").asText().isEmpty(), file + ": no kind");
            }
        }
    }

    @Test
    void everyFileAKustomizationNamesExists() throws IOException {
        List<Path> kustomizations = yamlFiles().stream()
                .filter(p -> p.getFileName().toString().equals("kustomization.yaml")).toList();
        assertTrue(kustomizations.containsAll(List.of(BASE.resolve("kustomization.yaml"),
                PRODUCTION.resolve("kustomization.yaml"), HA.resolve("kustomization.yaml"),
                BRANCH.resolve("kustomization.yaml"), MONITORING.resolve("kustomization.yaml"))),
                kustomizations.toString());
        for (Path kustomization : kustomizations) {
            JsonNode k = single(kustomization);
            List<String> names = new ArrayList<>();
            k.path("resources").forEach(r -> names.add(r.asText()));
            k.path("patches").forEach(p -> {
                if (p.has("path")) {
                    names.add(p.get("path").asText());
                }
            });
            k.path("configMapGenerator").forEach(g -> g.path("files").forEach(f -> names.add(f.asText())));
            assertFalse(names.isEmpty(), kustomization + " names nothing");
            for (String name : names) {
                Path target = kustomization.getParent().resolve(name).normalize();
                assertTrue(Files.isRegularFile(target) || Files.isRegularFile(target.resolve("kustomization.yaml")),
                        kustomization + " names " + name + ", which does not exist");
            }
        }
    }

    @Test
    void probesAndTheScrapeHitEndpointsOfThisApplicationOnItsPort() throws IOException {
        JsonNode container = container();
        int containerPort = -1;
        for (JsonNode port : container.path("ports")) {
            if (port.path("name").asText().equals("http")) {
                containerPort = port.path("containerPort").asInt();
            }
        }
        // Tests listen on a random port; the packaged application on its configured one (Quarkus's default 8080).
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        int appPort = Integer.parseInt(properties.getProperty("%prod.quarkus.http.port",
                properties.getProperty("quarkus.http.port", "8080")));
        assertEquals(appPort, containerPort, "the container port named http is not the application's port");
        assertTrue(Files.readString(Path.of("src/main/docker/Dockerfile.jvm")).contains("EXPOSE " + appPort));
        assertEquals("http", single(BASE.resolve("service.yaml")).at("/spec/ports/0/targetPort").asText());

        Set<String> paths = new HashSet<>();
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            JsonNode get = container.path(probe).path("httpGet");
            assertEquals("http", get.path("port").asText(), probe + " port");
            paths.add(get.path("path").asText());
            given().get(get.path("path").asText()).then().statusCode(200);
        }
        assertEquals(Set.of("/q/health/started", "/q/health/live", "/q/health/ready"), paths);

        JsonNode monitor = single(PRODUCTION.resolve("servicemonitor.yaml"));
        assertEquals("ServiceMonitor", monitor.path("kind").asText());
        assertEquals("http", monitor.at("/spec/endpoints/0/port").asText());
        given().get(monitor.at("/spec/endpoints/0/path").asText()).then().statusCode(200)
                .body(containsString("driftwatch_devices"));
    }

    /** The StatefulSet's JAVA_OPTS_APPEND replaces the image's, so a JVM option added to one must reach the other. */
    @Test
    void theStatefulSetRepeatsEveryJvmOptionOfTheImage() throws IOException {
        String image = first(Files.readString(Path.of("src/main/docker/Dockerfile.jvm")),
                "ENV JAVA_OPTS_APPEND=\"([^\"]*)\"");
        String statefulSet = null;
        for (JsonNode env : container().path("env")) {
            if (env.path("name").asText().equals("JAVA_OPTS_APPEND")) {
                statefulSet = env.path("value").asText();
            }
        }
        assertTrue(statefulSet != null, "the StatefulSet sets no JAVA_OPTS_APPEND");
        assertEquals(Set.of(image.trim().split("\\s+")), Set.of(statefulSet.trim().split("\\s+")));
        assertTrue(image.contains("-XX:TieredStopAtLevel=1"), image);
    }

    @Test
    void imageNamesMatchThePomAndTheDockerfile() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String artifact = first(pom, "<artifactId>([^<]+)</artifactId>");
        String version = first(pom, "</parent>|<version>([^<]+)</version>").replace("-SNAPSHOT", "");
        String name = "driftwatch/" + artifact;

        JsonNode baseImage = single(BASE.resolve("kustomization.yaml")).at("/images/0");
        assertEquals(name, baseImage.path("newName").asText());
        assertEquals(version, baseImage.path("newTag").asText(), "the H2 image's tag is the project version");
        assertEquals(name + ":" + version, container().path("image").asText());
        JsonNode productionImage = single(PRODUCTION.resolve("kustomization.yaml")).at("/images/0");
        assertEquals(name, productionImage.path("newName").asText());
        assertEquals(version + "-postgresql", productionImage.path("newTag").asText());

        String dockerfile = Files.readString(Path.of("src/main/docker/Dockerfile.jvm"));
        assertTrue(dockerfile.contains("./mvnw package -Ppostgresql"), "the Dockerfile shows the PostgreSQL build");
        assertTrue(dockerfile.contains("-t " + name + ":" + version + "-postgresql ."), "production image tag");
        assertTrue(dockerfile.contains("-t " + name + ":" + version + " ."), "H2 image tag");
        Matcher runtime = Pattern.compile("(?m)^FROM \\S*openjdk-(\\d+)-runtime").matcher(dockerfile);
        assertTrue(runtime.find(), "the image runs on an OpenJDK runtime image");
        assertTrue(Integer.parseInt(runtime.group(1)) >= 21, "a JDK 21+ runtime");
    }

    @Test
    void noManifestOrCommandShipsAPassword() throws IOException {
        Pattern placeholder = Pattern.compile("(?i)change-?me|\\bhunter2\\b|\\bsecret123\\b");
        for (Path file : yamlFiles()) {
            for (JsonNode doc : documents(file)) {
                assertFalse(doc.path("kind").asText().equals("Secret"), file + " ships a Secret: the operator"
                        + " creates Secrets (deploy/README.md, \"Secrets\")");
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                assertFalse(placeholder.matcher(line).find(), file + ":" + (i + 1) + " holds a placeholder: " + line);
                // A password or token is only ever a reference: ${file:...}, or a secretKeyRef below its name.
                Matcher value = Pattern.compile("(?i)[\\w-]*(password|token)[\\w-]*:\\s*(\\S.*)").matcher(line.trim());
                if (value.matches()) {
                    assertTrue(value.group(2).startsWith("${") || value.group(2).startsWith("|"),
                            file + ":" + (i + 1) + " holds a value: " + line);
                }
            }
            for (JsonNode env : envsOf(file)) {
                if (env.path("name").asText().matches(".*(PASSWORD|TOKEN|SECRET|_EMBEDDED_USERS_).*")) {
                    assertTrue(env.path("value").isMissingNode() || env.path("value").isNull(),
                            file + ": " + env.path("name").asText() + " has a literal value");
                }
            }
        }
        // The README's commands prompt for values or generate them; none is written out.
        Matcher literal = Pattern.compile("--from-literal=([\\w-]+)=(\\S+)").matcher(readme());
        int secrets = 0;
        while (literal.find()) {
            if (literal.group(1).matches(".*(password|token).*")) {
                secrets++;
                assertTrue(literal.group(2).startsWith("\"$"), "deploy/README.md writes out " + literal.group(0));
            }
        }
        assertTrue(secrets >= 4, "the README creates the password and token Secrets");
        assertFalse(Files.exists(BASE.resolve("secret.yaml")));
    }

    @Test
    void everySecretReferenceIsASecretTheReadmeCreates() throws IOException {
        // Secret name -> keys, from the README's kubectl create secret commands.
        java.util.Map<String, Set<String>> created = new java.util.HashMap<>();
        Matcher command = Pattern.compile("kubectl create secret generic ([\\w-]+)((?:[^\\n]*\\\\\\n)*[^\\n]*)")
                .matcher(readme());
        while (command.find()) {
            Matcher key = Pattern.compile("--from-(?:literal|file)=([\\w-]+)=").matcher(command.group(2));
            while (key.find()) {
                created.computeIfAbsent(command.group(1), n -> new HashSet<>()).add(key.group(1));
            }
        }
        assertEquals(Set.of("driftwatch-secrets", "driftwatch-database", "driftwatch-metrics", "driftwatch-session"),
                created.keySet());
        int refs = 0;
        for (Path file : yamlFiles()) {
            for (JsonNode env : envsOf(file)) {
                JsonNode ref = env.at("/valueFrom/secretKeyRef");
                if (!ref.isMissingNode()) {
                    refs++;
                    assertTrue(created.getOrDefault(ref.path("name").asText(), Set.of())
                            .contains(ref.path("key").asText()),
                            file + ": " + env.path("name").asText() + " reads "
                                    + ref.path("name").asText() + "/" + ref.path("key").asText()
                                    + ", which no command of deploy/README.md creates");
                }
            }
        }
        assertTrue(refs >= 5, "found only " + refs + " Secret references");
        String volume = single(BASE.resolve("statefulset.yaml")).at("/spec/template/spec/volumes").findValue(
                "secretName").asText();
        assertTrue(created.containsKey(volume), "the secrets volume mounts " + volume);
        JsonNode token = single(PRODUCTION.resolve("servicemonitor.yaml")).at("/spec/endpoints/0/bearerTokenSecret");
        assertTrue(created.getOrDefault(token.path("name").asText(), Set.of()).contains(token.path("key").asText()),
                "the ServiceMonitor's token is a Secret the README creates");
        // The inventory's secret files are keys of the mounted Secret.
        Matcher file = Pattern.compile("\\$\\{file:/etc/driftwatch/secrets/([\\w-]+)}")
                .matcher(Files.readString(BASE.resolve("configmap.yaml")));
        while (file.find()) {
            assertTrue(created.get(volume).contains(file.group(1)), "the inventory reads " + file.group(1));
        }
    }

    @Test
    void everySecretAndConfigFileTheContainerUsesExists() throws IOException {
        JsonNode config = single(BASE.resolve("configmap.yaml"));
        List<JsonNode> envs = new ArrayList<>();
        container().path("env").forEach(envs::add);
        single(PRODUCTION.resolve("statefulset-postgresql.yaml")).at("/spec/template/spec/containers/0/env")
                .forEach(envs::add);
        for (JsonNode env : envs) {
            String value = env.path("value").asText();
            if (value.startsWith("/etc/driftwatch/config/")) {
                String file = value.substring("/etc/driftwatch/config/".length());
                assertTrue(config.path("data").has(file), env.path("name") + " points at " + file
                        + ", which the ConfigMap does not hold");
            }
        }
        assertTrue(envs.stream().anyMatch(e -> e.path("name").asText().equals("QUARKUS_LOG_CONSOLE_JSON_ENABLED")
                && e.path("value").asText().equals("true")), "JSON logs are on in deploy/");
        JsonNode pod = single(BASE.resolve("statefulset.yaml")).at("/spec/template/spec");
        assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), "runs as non-root");
        assertFalse(container().at("/resources/limits/memory").isMissingNode(), "a memory limit");
        assertFalse(container().at("/resources/requests/cpu").isMissingNode(), "a CPU request");
    }

    @Test
    void theHaOverlayRunsThreeClusteredReplicasOfTheProductionBuild() throws IOException {
        JsonNode k = single(HA.resolve("kustomization.yaml"));
        assertEquals(List.of("../production", "poddisruptionbudget.yaml"), texts(k.path("resources")));
        assertEquals(List.of("statefulset-ha.yaml"), texts(k.findValues("path")));
        JsonNode statefulSet = single(BASE.resolve("statefulset.yaml"));
        JsonNode podLabels = statefulSet.at("/spec/template/metadata/labels");
        JsonNode ha = single(HA.resolve("statefulset-ha.yaml"));
        assertEquals("StatefulSet", ha.path("kind").asText());
        assertEquals(statefulSet.at("/metadata/name"), ha.at("/metadata/name"), "the patch targets the base's pods");
        assertEquals(3, ha.at("/spec/replicas").asInt());

        JsonNode pdb = single(HA.resolve("poddisruptionbudget.yaml"));
        assertEquals("PodDisruptionBudget", pdb.path("kind").asText());
        assertEquals(podLabels, pdb.at("/spec/selector/matchLabels"), "the budget selects the replicas");
        assertTrue(pdb.at("/spec/maxUnavailable").asInt() == 1
                || pdb.at("/spec/minAvailable").asInt() == 2, "exactly one replica at a time may go");

        Set<String> spreadKeys = new HashSet<>();
        for (JsonNode spread : ha.at("/spec/template/spec/topologySpreadConstraints")) {
            spreadKeys.add(spread.path("topologyKey").asText());
            assertEquals("ScheduleAnyway", spread.path("whenUnsatisfiable").asText());
            assertEquals(podLabels, spread.at("/labelSelector/matchLabels"), "the spread counts the replicas");
        }
        assertEquals(Set.of("kubernetes.io/hostname", "topology.kubernetes.io/zone"), spreadKeys);

        assertClustered(HA.resolve("statefulset-ha.yaml"));
        assertFalse(envNamed(HA.resolve("statefulset-ha.yaml"), "DRIFTWATCH_CLUSTER_ZONE").isPresent(),
                "the central replicas poll the devices without a zone");
        assertEquals("driftwatch-session", envNamed(HA.resolve("statefulset-ha.yaml"),
                "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY").orElseThrow().at("/valueFrom/secretKeyRef/name").asText(),
                "one session key for all replicas, from a Secret");
    }

    @Test
    void theBranchExampleIsAZonedDeploymentOutsideTheCentralReplicasSelectors() throws IOException {
        JsonNode k = single(BRANCH.resolve("kustomization.yaml"));
        assertEquals(List.of("../../overlays/production"), texts(k.path("resources")));
        JsonNode statefulSet = single(BASE.resolve("statefulset.yaml"));
        JsonNode toDeployment = k.path("patches").get(0);
        assertEquals("deployment-branch.yaml", toDeployment.path("path").asText());
        assertEquals("StatefulSet", toDeployment.at("/target/kind").asText());
        assertEquals(statefulSet.at("/metadata/name").asText(), toDeployment.at("/target/name").asText());
        assertTrue(toDeployment.at("/options/allowKindChange").asBoolean());
        assertTrue(toDeployment.at("/options/allowNameChange").asBoolean());

        JsonNode branch = single(BRANCH.resolve("deployment-branch.yaml"));
        assertEquals("Deployment", branch.path("kind").asText());
        assertEquals("driftwatch-branch", branch.at("/metadata/name").asText());
        assertTrue(branch.at("/spec/serviceName").isNull(), "a Deployment has no serviceName");
        assertTrue(branch.at("/spec/replicas").asInt() >= 1);
        JsonNode labels = branch.at("/spec/template/metadata/labels");
        assertEquals(branch.at("/spec/selector/matchLabels/app.kubernetes.io~1name"),
                labels.path("app.kubernetes.io/name"));
        // The central StatefulSet, its budget and the Service select on the base's labels: none may match the branch.
        JsonNode centralSelector = statefulSet.at("/spec/selector/matchLabels");
        assertFalse(matches(centralSelector, labels), "the central replicas' selector takes the branch pod");
        assertFalse(matches(single(HA.resolve("poddisruptionbudget.yaml")).at("/spec/selector/matchLabels"), labels));
        assertFalse(matches(single(BASE.resolve("service.yaml")).at("/spec/selector"), labels));

        assertClustered(BRANCH.resolve("deployment-branch.yaml"));
        assertEquals("branch", envNamed(BRANCH.resolve("deployment-branch.yaml"), "DRIFTWATCH_CLUSTER_ZONE")
                .orElseThrow().path("value").asText());
        Set<String> deleted = new HashSet<>();
        for (JsonNode patch : k.path("patches")) {
            JsonNode doc = single(BRANCH.resolve(patch.path("path").asText()));
            if (doc.path("$patch").asText().equals("delete")) {
                deleted.add(doc.path("kind").asText());
            }
        }
        assertEquals(Set.of("Service", "ServiceMonitor"), deleted, "the pages and the scrape stay central");
    }

    @Test
    void theMonitoringKustomizationAppliesTheAlertRulesAndTheDashboard() throws IOException {
        JsonNode k = single(MONITORING.resolve("kustomization.yaml"));
        assertEquals(List.of("prometheus-rule.yaml"), texts(k.path("resources")));
        JsonNode dashboardMap = k.path("configMapGenerator").get(0);
        assertEquals(List.of("grafana-dashboard.json"), texts(dashboardMap.path("files")));
        // The label Grafana's dashboard sidecar looks for, on a ConfigMap whose name an edit does not change.
        assertEquals("1", dashboardMap.at("/options/labels/grafana_dashboard").asText());
        assertTrue(dashboardMap.at("/options/labels/grafana_dashboard").isTextual(), "a label value is a string");
        assertTrue(dashboardMap.at("/options/disableNameSuffixHash").asBoolean());

        JsonNode rule = single(MonitoringFiles.RULE);
        assertEquals("monitoring.coreos.com/v1", rule.path("apiVersion").asText());
        assertEquals("PrometheusRule", rule.path("kind").asText());
        String monitoring = readmeSection(Files.readString(Path.of("README.md")), "### Monitoring");
        Set<String> alerts = new HashSet<>();
        for (JsonNode group : rule.at("/spec/groups")) {
            for (JsonNode alert : group.path("rules")) {
                String name = alert.path("alert").asText();
                assertTrue(alerts.add(name), "two alerts named " + name);
                assertTrue(Set.of("critical", "warning").contains(alert.at("/labels/severity").asText()),
                        name + ": severity");
                for (String annotation : List.of("summary", "description")) {
                    assertFalse(alert.at("/annotations/" + annotation).asText().isBlank(), name + ": " + annotation);
                }
                assertEquals("README.md, \"Monitoring\": " + name, alert.at("/annotations/runbook").asText());
                assertTrue(monitoring.contains("`" + name + "`"), "the README's Monitoring section lacks " + name);
            }
        }
        assertTrue(alerts.containsAll(List.of("DriftwatchDown", "DriftwatchSweepOverdue", "DriftwatchFailedShareHigh",
                "DriftwatchOutboxBacklogGrowing", "DriftwatchNonCompliantRising", "DriftwatchReplicaMissing")),
                alerts.toString());
        assertTrue(readme().contains("kubectl apply -k deploy/monitoring"), "deploy/README.md applies it");
    }

    @Test
    void theDashboardImportsAnywhere() throws IOException {
        JsonNode dashboard = MonitoringFiles.dashboard();
        assertTrue(dashboard.path("schemaVersion").asInt() >= 36, "schemaVersion");
        assertFalse(dashboard.path("uid").asText().isEmpty(), "a fixed uid, so a re-import replaces it");
        Map<String, JsonNode> variables = new HashMap<>();
        dashboard.at("/templating/list").forEach(v -> variables.put(v.path("name").asText(), v));
        JsonNode datasource = variables.get("datasource");
        assertTrue(datasource != null && datasource.path("type").asText().equals("datasource")
                && datasource.path("query").asText().equals("prometheus"), "a Prometheus data source variable");
        JsonNode node = variables.get("node");
        assertTrue(node != null && node.path("multi").asBoolean() && node.path("includeAll").asBoolean(),
                "a node variable, several or all");
        // All must match the series of a single replica, which carry no node label.
        assertEquals(".*", node.path("allValue").asText());

        // Every query goes to the chosen data source, none to one named on the machine it was made on.
        List<JsonNode> sources = dashboard.path("panels").findValues("datasource");
        sources.add(node.path("datasource"));
        int queries = 0;
        for (JsonNode panel : dashboard.path("panels")) {
            if (!panel.path("type").asText().equals("row")) {
                assertFalse(panel.path("targets").isEmpty(), panel.path("title") + " has no query");
                queries += panel.path("targets").size();
            }
        }
        assertTrue(queries >= 12, queries + " queries");
        for (JsonNode source : sources) {
            assertEquals("${datasource}", source.path("uid").asText(), source.toString());
        }
        // The replica chooser applies to every panel.
        for (JsonNode expr : dashboard.path("panels").findValues("expr")) {
            for (MonitoringFiles.Selector selector : MonitoringFiles.selectors(expr.asText())) {
                assertTrue(selector.matchers().contains(new MonitoringFiles.LabelMatcher("node", "=~", "$node")),
                        selector.metric() + " in " + expr.asText());
            }
        }
    }

    /** The text of a README section, from its heading to the next heading of the same or a higher level. */
    private static String readmeSection(String readme, String heading) {
        int start = readme.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "no section " + heading);
        String hashes = heading.substring(0, heading.indexOf(' '));
        Matcher next = Pattern.compile("\n#{1," + hashes.length() + "} ").matcher(readme);
        return readme.substring(start, next.find(start + 1) ? next.start() : readme.length());
    }

    private static void assertClustered(Path manifest) throws IOException {
        assertEquals("true", envNamed(manifest, "DRIFTWATCH_CLUSTER_ENABLED").orElseThrow().path("value").asText(),
                manifest + ": cluster enabled");
        assertEquals("metadata.name", envNamed(manifest, "DRIFTWATCH_CLUSTER_NODE_ID").orElseThrow()
                .at("/valueFrom/fieldRef/fieldPath").asText(), manifest + ": the node id is the pod name");
        assertFalse(envNamed(manifest, "DRIFTWATCH_CLUSTER_LEASE").orElseThrow().path("value").asText().isEmpty());
    }

    private static Optional<JsonNode> envNamed(Path manifest, String name) throws IOException {
        return envsOf(manifest).stream().filter(env -> env.path("name").asText().equals(name)).findFirst();
    }

    /** Whether a matchLabels selector selects a pod with these labels. */
    private static boolean matches(JsonNode selector, JsonNode labels) {
        assertFalse(selector.isEmpty(), "an empty selector");
        for (Map.Entry<String, JsonNode> label : selector.properties()) {
            if (!label.getValue().equals(labels.path(label.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> texts(Iterable<JsonNode> nodes) {
        List<String> texts = new ArrayList<>();
        nodes.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static String readme() throws IOException {
        return Files.readString(DEPLOY.resolve("README.md"));
    }

    /** Every container env entry of a manifest, whatever its kind. */
    private static List<JsonNode> envsOf(Path file) throws IOException {
        List<JsonNode> envs = new ArrayList<>();
        for (JsonNode doc : documents(file)) {
            for (JsonNode env : doc.findValues("env")) {
                env.forEach(envs::add);
            }
        }
        return envs;
    }

    private static JsonNode container() throws IOException {
        return single(BASE.resolve("statefulset.yaml")).at("/spec/template/spec/containers/0");
    }

    private static String first(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            if (matcher.group(1) != null) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no match for " + regex);
    }

    /** Every manifest and kustomization; promtool's unit tests of the alerts are neither. */
    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(DEPLOY)) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).filter(p -> !p.equals(MonitoringFiles.RULE_TESTS))
                    .sorted().toList();
        }
    }

    private static JsonNode single(Path file) throws IOException {
        List<JsonNode> docs = documents(file);
        assertEquals(1, docs.size(), file + " should hold one document");
        return docs.get(0);
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            return it.readAll();
        }
    }
}
