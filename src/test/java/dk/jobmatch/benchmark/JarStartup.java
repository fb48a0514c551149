package dk.jobmatch.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up of the packaged service on existing data: a fresh JVM runs the jar in a directory that
 * holds {@code data/} (H2) and {@code lucene-index/}, and the time until {@code /health} first
 * answers 200 is taken. This includes the JVM's own start, as an operator would see it.
 */
final class JarStartup {

    private JarStartup() {
    }

    /** The median of {@code runs} start-ups in milliseconds, with these extra JVM options. */
    static long medianMillis(Path jar, Path workDir, int runs, List<String> jvmOptions) throws Exception {
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = once(jar, workDir, jvmOptions);
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    /** One start-up, in milliseconds. */
    static long once(Path jar, Path workDir, List<String> jvmOptions) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("startup.log").toFile()));
        builder.environment().putAll(Map.of("JOBMATCH_PORT", Integer.toString(port)));
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build();
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            while (process.isAlive()) {
                try {
                    if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return (System.nanoTime() - start) / 1_000_000;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(10);
                if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(2)) {
                    break;
                }
            }
            throw new IllegalStateException("the service did not start; see " + workDir.resolve("startup.log"));
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
