package cn.ezhou.yshj.attachment.internal;

import cn.ezhou.yshj.attachment.AttachmentStore;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Objects in one bucket of an S3-compatible store, named by the storage key itself. Several
 * instances share it, unlike a local directory. A missing object reads as the directory store's
 * missing file does (an {@link UncheckedIOException} over a {@link NoSuchFileException}), deleting
 * one that is gone is no error, and a key of the wrong shape is refused before any request.
 */
class S3AttachmentStore implements AttachmentStore {

    private final S3Client s3;
    private final String bucket;
    private final String where;

    S3AttachmentStore(S3Client s3, String bucket, String endpoint) {
        this.s3 = s3;
        this.bucket = bucket;
        this.where = "bucket '" + bucket + "' at " + (endpoint.isBlank() ? "the AWS default endpoint" : endpoint);
    }

    @Override
    public void put(String key, byte[] content) {
        // Content-MD5: the store refuses an object that arrived different from what was sent.
        s3.putObject(r -> r.bucket(bucket).key(StorageKeys.checked(key))
                .contentLength((long) content.length).contentMD5(md5(content)), RequestBody.fromBytes(content));
    }

    @Override
    public byte[] get(String key) {
        return find(key).orElseThrow(() -> new UncheckedIOException(new NoSuchFileException(key, null, "not in the " + where)));
    }

    /** The object's bytes as the store returns them, or empty when there is no such object. */
    Optional<byte[]> find(String key) {
        try {
            return Optional.of(s3.getObjectAsBytes(r -> r.bucket(bucket).key(StorageKeys.checked(key))).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(r -> r.bucket(bucket).key(StorageKeys.checked(key)));
    }

    /**
     * At start: the bucket exists afterwards, created if it did not. An unreachable store, refused
     * credentials or a bucket that cannot be made stop the start with a message that names them.
     */
    void ensureBucket() {
        try {
            s3.headBucket(r -> r.bucket(bucket));
        } catch (NoSuchBucketException e) {
            create();
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw new IllegalStateException("The attachment " + where + " refused access (HTTP " + e.statusCode()
                        + "): check portal.attachments.s3.access-key and secret-key", e);
            }
            create();
        } catch (SdkClientException e) {
            throw new IllegalStateException("Cannot reach the attachment " + where + ": " + e.getMessage(), e);
        }
    }

    private void create() {
        try {
            s3.createBucket(r -> r.bucket(bucket));
        } catch (RuntimeException e) {
            throw new IllegalStateException("The attachment " + where + " does not exist and cannot be created: "
                    + e.getMessage(), e);
        }
    }

    /** For the health check: a request that fails when the bucket cannot be reached or read. */
    void checkReachable() {
        s3.headBucket(r -> r.bucket(bucket));
    }

    String where() {
        return where;
    }

    private static String md5(byte[] content) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
