package cn.ezhou.yshj.attachment.internal;

import cn.ezhou.yshj.attachment.AttachmentStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Files under a configurable directory, two levels of subdirectories by key so no directory grows
 * huge. A file is written to a temporary name and moved into place, so a half-written file is never read.
 * The default store ({@code portal.attachments.store=directory}, or not set).
 */
@Component
@ConditionalOnProperty(name = "portal.attachments.store", havingValue = "directory", matchIfMissing = true)
@ConditionalOnMissingBean(value = AttachmentStore.class, ignored = FileSystemAttachmentStore.class)
public class FileSystemAttachmentStore implements AttachmentStore {

    private final Path root;

    FileSystemAttachmentStore(@Value("${portal.attachments.dir:./data/attachments}") Path root) {
        this.root = root.toAbsolutePath().normalize();
        // At start, so that a directory that cannot be made stops the start, and the disk-space
        // health check (management.health.diskspace.path) measures the directory itself.
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the attachments directory " + this.root, e);
        }
    }

    @Override
    public void put(String key, byte[] content) {
        Path target = path(key);
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "upload-", ".part");
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] get(String key) {
        try {
            return Files.readAllBytes(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(String key) {
        StorageKeys.checked(key);
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }
}
