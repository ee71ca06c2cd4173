package cn.ezhou.yshj.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the operator's scripts in {@code ops/backup/} against the test's MariaDB server, as an
 * operator would: a bash process with the connection in its environment, cut off after two minutes.
 */
public final class BackupScripts {

    private static final Pattern MYSQL_URL = Pattern.compile("jdbc:mysql://([^:/?]+)(?::(\\d+))?/([^?]+)(\\?.*)?");

    private final Map<String, String> connection = new HashMap<>();
    private final String host;
    private final String port;
    private final String query;
    private final String database;

    public BackupScripts(String jdbcUrl, String user, String password) {
        Matcher m = MYSQL_URL.matcher(jdbcUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a jdbc:mysql URL: " + jdbcUrl);
        }
        host = m.group(1);
        port = m.group(2) == null ? "3306" : m.group(2);
        database = m.group(3);
        query = m.group(4) == null ? "" : m.group(4);
        connection.putAll(Map.of("DB_HOST", host, "DB_PORT", port, "DB_USER", user,
                "DB_PASSWORD", password == null ? "" : password));
    }

    /** The portal's database, as named in the URL. */
    public String database() {
        return database;
    }

    /** The JDBC URL of another database on the same server. */
    public String urlOf(String otherDatabase) {
        return "jdbc:mysql://" + host + ":" + port + "/" + otherDatabase + query;
    }

    /** Runs a script with the connection and the given variables; its exit code and output. */
    public Result run(String script, Map<String, String> env) throws IOException, InterruptedException {
        Path log = Files.createTempFile("backup-script-", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", Path.of("ops/backup", script).toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(connection);
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(script + " did not finish within two minutes:\n" + Files.readString(log));
        }
        String output = Files.readString(log);
        Files.delete(log);
        return new Result(process.exitValue(), output);
    }

    /** What a script printed and how it ended. */
    public record Result(int exitCode, String output) {

        /** The last line printed (the backup script prints its folder there). */
        public String lastLine() {
            String[] lines = output.strip().split("\n");
            return lines[lines.length - 1].strip();
        }
    }
}
