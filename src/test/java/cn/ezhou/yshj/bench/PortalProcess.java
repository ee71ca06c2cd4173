package cn.ezhou.yshj.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The production jar ({@code -Dbench.jar}, default target/observer-portal-0.1.0-SNAPSHOT.jar; build
 * it with {@code mvn -Pproduction -DskipTests package}) as a process of its own with a 2 GB heap and
 * the demo city: a copy of {@code -Dbench.demoData} (a ./data directory the demo profile filled) or,
 * without it, a city played afresh, which takes minutes. Its heap is read with jcmd.
 */
final class PortalProcess implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofMinutes(20);

    private final Process process;
    private final Path workDir;
    private final int port;

    private PortalProcess(Process process, Path workDir, int port) {
        this.process = process;
        this.workDir = workDir;
        this.port = port;
    }

    static Path jar() {
        return Path.of(System.getProperty("bench.jar", "target/observer-portal-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
    }

    static PortalProcess start() throws IOException, InterruptedException {
        Path jar = jar();
        Path workDir = Files.createTempDirectory("session-memory");
        String demoData = System.getProperty("bench.demoData");
        if (demoData != null) {
            copy(Path.of(demoData), workDir.resolve("data"));
        }
        int port = freePort();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx2g", "-jar", jar.toString(),
                "--spring.profiles.active=demo", "--server.port=" + port, "--management.server.port=" + freePort())
                .directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("portal.log").toFile()).start();
        PortalProcess portal = new PortalProcess(process, workDir, port);
        portal.awaitCity();
        return portal;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The live objects after a full collection (jcmd GC.class_histogram collects first). */
    HeapHistogram histogram() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "GC.class_histogram")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("jcmd failed: " + out);
        }
        return HeapHistogram.parse(out);
    }

    /** Up once the login page answers and the demo city stands (its log line, or the copied data). */
    private void awaitCity() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Instant limit = Instant.now().plus(START_LIMIT);
        boolean copied = System.getProperty("bench.demoData") != null;
        while (Instant.now().isBefore(limit)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the portal stopped; see " + workDir.resolve("portal.log"));
            }
            String log = Files.readString(workDir.resolve("portal.log"));
            boolean city = copied || log.contains("Demo city created");
            try {
                if (city && http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(2000);
        }
        throw new IllegalStateException("the portal was not ready within " + START_LIMIT);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        process.waitFor();
        try (Stream<Path> files = Files.walk(workDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
