package cn.ezhou.yshj.attachment.internal;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Copies the file of every attachment row from the directory to the bucket, and checks each by
 * SHA-256: the directory's file against the checksum recorded at upload, then the bytes the bucket
 * returns when read back against the same checksum. A file the bucket already holds with that
 * checksum is skipped, so a second run copies nothing. A missing or changed source file, or a
 * bucket that returns other bytes, is a failure; the others are copied all the same.
 */
class DirectoryToS3Migration {

    private final AttachmentRepository attachments;
    private final S3AttachmentStore bucket;
    private final Path directory;

    DirectoryToS3Migration(AttachmentRepository attachments, S3AttachmentStore bucket, Path directory) {
        this.attachments = attachments;
        this.bucket = bucket;
        this.directory = directory.toAbsolutePath().normalize();
    }

    MigrationReport run() {
        if (!Files.isDirectory(directory)) {
            return new MigrationReport(0, 0, List.of("no attachments directory at " + directory
                    + " (portal.attachments.dir)"));
        }
        FileSystemAttachmentStore source = new FileSystemAttachmentStore(directory);
        int copied = 0;
        int skipped = 0;
        List<String> failures = new ArrayList<>();
        long after = 0;
        for (List<Attachment> page = attachments.findTop500ByIdGreaterThanOrderByIdAsc(after); !page.isEmpty();
             page = attachments.findTop500ByIdGreaterThanOrderByIdAsc(after)) {
            for (Attachment a : page) {
                after = a.getId();
                try {
                    switch (copy(source, a)) {
                        case COPIED -> copied++;
                        case SKIPPED -> skipped++;
                    }
                } catch (CopyFailed | RuntimeException e) {
                    failures.add("attachment " + a.getId() + " (" + a.getStorageKey() + "): " + e.getMessage());
                }
            }
        }
        return new MigrationReport(copied, skipped, List.copyOf(failures));
    }

    private enum Outcome { COPIED, SKIPPED }

    private Outcome copy(FileSystemAttachmentStore source, Attachment a) throws CopyFailed {
        String key = a.getStorageKey();
        byte[] content;
        try {
            content = source.get(key);
        } catch (UncheckedIOException e) {
            throw new CopyFailed("no readable file in the directory (" + e.getCause() + ")");
        }
        String recorded = a.getSha256();
        if (!sha256(content).equals(recorded)) {
            throw new CopyFailed("the directory's file does not match the SHA-256 recorded at upload");
        }
        Optional<byte[]> present = bucket.find(key);
        if (present.isPresent() && sha256(present.get()).equals(recorded)) {
            return Outcome.SKIPPED;
        }
        bucket.put(key, content);
        Optional<byte[]> readBack = bucket.find(key);
        if (readBack.isEmpty() || !sha256(readBack.get()).equals(recorded)) {
            throw new CopyFailed("the bucket returned other bytes than were copied");
        }
        return Outcome.COPIED;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class CopyFailed extends Exception {
        CopyFailed(String message) {
            super(message);
        }
    }
}
