package cn.ezhou.yshj.attachment.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.Constants;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 API server for the tests: S3Proxy on a free loopback port, its objects in files under
 * a folder of the test's, checking AWS signatures against its own key pair.
 */
public final class S3TestServer implements AutoCloseable {

    static final String ACCESS_KEY = "portal-test";
    static final String SECRET_KEY = "portal-test-secret-key";
    static final String REGION = "cn-central-1";

    private final S3Proxy proxy;
    private final URI endpoint;

    S3TestServer(Path folder) {
        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", folder.toAbsolutePath().toString());
        properties.setProperty(Constants.PROPERTY_IDENTITY, ACCESS_KEY);
        properties.setProperty(Constants.PROPERTY_CREDENTIAL, SECRET_KEY);
        BlobStore files = BlobStores.create("filesystem", properties);
        proxy = S3Proxy.builder().blobStore(files)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .stopTimeout(0)
                .build();
        try {
            proxy.start(); // returns once listening
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start", e);
        }
        endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    URI endpoint() {
        return endpoint;
    }

    /** A client of the portal's own make, on this server. */
    S3Client client() {
        return new S3StoreConfiguration().attachmentS3Client(endpoint.toString(), REGION, ACCESS_KEY, SECRET_KEY,
                java.time.Duration.ofSeconds(10));
    }

    /** The portal's store on a bucket of this server, made if missing as at the portal's start. */
    S3AttachmentStore store(String bucket) {
        return new S3StoreConfiguration().s3AttachmentStore(client(), bucket, endpoint.toString());
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One server for the JVM's Spring contexts with {@code portal.attachments.store=s3} (a context
     * outlives a test class), its folder removed when the JVM ends; and a database of their own, so
     * that the migration's pass over every attachment row sees only theirs.
     */
    public static class ForContext implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        private static S3TestServer shared;

        static synchronized S3TestServer shared() {
            if (shared == null) {
                try {
                    Path folder = Files.createTempDirectory("portal-s3-test");
                    shared = new S3TestServer(folder);
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        shared.close();
                        deleteTree(folder);
                    }));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return shared;
        }

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            S3TestServer server = shared();
            java.util.Map<String, Object> properties = new java.util.HashMap<>();
            properties.put("portal.attachments.store", "s3");
            properties.put("portal.attachments.s3.endpoint", server.endpoint().toString());
            properties.put("portal.attachments.s3.region", REGION);
            properties.put("portal.attachments.s3.bucket", "portal-attachments");
            properties.put("portal.attachments.s3.access-key", ACCESS_KEY);
            properties.put("portal.attachments.s3.secret-key", SECRET_KEY);
            properties.put("spring.datasource.url", "jdbc:h2:mem:s3-store;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                    + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,KEY;DB_CLOSE_DELAY=-1");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("s3-test-server", properties));
        }
    }

    static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind harms nothing
        }
    }
}
