package cn.ezhou.yshj.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** The file half of a backup: a copy of the attachments and a manifest {@code sha256sum -c} can check. */
final class BackupFiles {

    static final String MANIFEST = "MANIFEST.sha256";

    private BackupFiles() {
    }

    /** Copies every finished file; a file removed while copying (a discarded draft's) is left out. */
    static void copyAttachments(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        for (Path file : regularFiles(from)) {
            if (file.getFileName().toString().endsWith(".part")) {
                continue;
            }
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            try {
                Files.copy(file, target);
            } catch (NoSuchFileException removedMeanwhile) {
                // Its row is gone too, or goes with the same transaction.
            }
        }
    }

    /** Lines of "checksum  ./path", written last, under a temporary name moved into place. */
    static void writeManifest(Path folder) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Path file : regularFiles(folder)) {
            lines.append(sha256(file)).append("  ./").append(folder.relativize(file).toString().replace('\\', '/'))
                    .append('\n');
        }
        Path part = folder.resolveSibling(folder.getFileName() + ".manifest.part");
        Files.writeString(part, lines);
        Files.move(part, folder.resolve(MANIFEST));
    }

    private static List<Path> regularFiles(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
