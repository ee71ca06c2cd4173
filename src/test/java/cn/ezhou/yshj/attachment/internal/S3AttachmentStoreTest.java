package cn.ezhou.yshj.attachment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;
import software.amazon.awssdk.services.s3.S3Client;

/** The object store against a real S3 API (S3Proxy), side by side with the directory store it replaces. */
class S3AttachmentStoreTest {

    @TempDir
    Path objects;
    @TempDir
    Path directoryRoot;

    S3TestServer server;
    S3AttachmentStore bucket;
    FileSystemAttachmentStore directory;

    @BeforeEach
    void start() {
        server = new S3TestServer(objects);
        bucket = server.store("attachments-test");
        directory = new FileSystemAttachmentStore(directoryRoot);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String key() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private List<String> objectKeys(String bucketName) {
        try (S3Client s3 = server.client()) {
            return s3.listObjectsV2(r -> r.bucket(bucketName)).contents().stream().map(o -> o.key()).toList();
        }
    }

    @Test
    void a_file_put_is_read_back_byte_for_byte_and_is_gone_after_delete() {
        String key = key();
        byte[] content = "%PDF-1.4\n% 营商环境观察员 附件\n%%EOF".getBytes(StandardCharsets.UTF_8);
        bucket.put(key, content);
        assertThat(bucket.get(key)).isEqualTo(content);
        assertThat(objectKeys("attachments-test")).containsExactly(key);

        bucket.put(key, "replaced".getBytes(StandardCharsets.UTF_8));
        assertThat(bucket.get(key)).asString(StandardCharsets.UTF_8).isEqualTo("replaced");

        bucket.delete(key);
        assertThat(objectKeys("attachments-test")).isEmpty();
        assertThatThrownBy(() -> bucket.get(key)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void a_missing_key_reads_and_deletes_as_in_the_directory_store() {
        String key = key();
        for (var store : List.of(directory, bucket)) {
            assertThatThrownBy(() -> store.get(key)).as(store.getClass().getSimpleName())
                    .isInstanceOf(UncheckedIOException.class)
                    .cause().isInstanceOf(NoSuchFileException.class).hasMessageContaining(key);
            store.delete(key); // nothing there: no error either way
        }
    }

    @Test
    void a_key_the_server_did_not_generate_is_refused_by_both_stores_before_anything_is_stored() {
        byte[] content = {1, 2, 3};
        for (String bad : List.of("../../etc/passwd", "ABCDEF0123456789ABCDEF0123456789", key() + "/x", "", "a".repeat(31))) {
            for (var store : List.of(directory, bucket)) {
                String name = store.getClass().getSimpleName() + " " + bad;
                assertThatThrownBy(() -> store.put(bad, content)).as(name)
                        .isInstanceOf(IllegalArgumentException.class).hasMessage("Not a storage key");
                assertThatThrownBy(() -> store.get(bad)).as(name).isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> store.delete(bad)).as(name).isInstanceOf(IllegalArgumentException.class);
            }
        }
        assertThat(objectKeys("attachments-test")).isEmpty();
    }

    @Test
    void the_bucket_is_made_at_start_when_missing_and_an_existing_one_is_kept_with_its_objects() {
        S3AttachmentStore fresh = server.store("made-at-start");
        String key = key();
        fresh.put(key, new byte[] {42});
        S3AttachmentStore again = server.store("made-at-start");
        assertThat(again.get(key)).containsExactly(42);
    }

    @Test
    void an_unreachable_store_or_refused_keys_stop_the_start_with_a_message_that_says_so() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String nowhere = "http://127.0.0.1:" + closedPort;
        S3StoreConfiguration configuration = new S3StoreConfiguration();
        S3Client unreachable = configuration.attachmentS3Client(nowhere, S3TestServer.REGION, "k", "s", Duration.ofSeconds(5));
        assertThatThrownBy(() -> configuration.s3AttachmentStore(unreachable, "attachments", nowhere))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Cannot reach the attachment bucket 'attachments' at " + nowhere);

        S3Client wrongSecret = configuration.attachmentS3Client(server.endpoint().toString(), S3TestServer.REGION,
                S3TestServer.ACCESS_KEY, "not-the-secret", Duration.ofSeconds(5));
        assertThatThrownBy(() -> configuration.s3AttachmentStore(wrongSecret, "attachments-test", server.endpoint().toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refused access").hasMessageContaining("secret-key");

        Consumer<String> noBucket = blank -> assertThatThrownBy(() -> configuration.s3AttachmentStore(server.client(), blank, ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("portal.attachments.s3.bucket");
        noBucket.accept("");
        noBucket.accept("  ");
        assertThatThrownBy(() -> configuration.attachmentS3Client("", "us-east-1", "only-the-access-key", "", Duration.ofSeconds(5)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("both");
    }

    @Test
    void the_bucket_health_is_up_while_the_store_answers_and_down_once_it_is_gone() {
        AttachmentBucketHealthIndicator health = new AttachmentBucketHealthIndicator(bucket);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails()).containsEntry("store",
                "bucket 'attachments-test' at " + server.endpoint());

        server.close();
        var down = health.health();
        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
        assertThat(down.getDetails()).containsKey("error");
        server = new S3TestServer(objects); // for stop()
    }
}
