package cn.ezhou.yshj.attachment.internal;

import java.net.URI;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * {@code portal.attachments.store=s3}: the files in a bucket of an S3-compatible object store
 * (MinIO, Ceph, a cloud's object storage, AWS S3), addressed path-style
 * ({@code endpoint/bucket/key}), which every such store understands. The bucket is checked, and
 * made if missing, before the portal starts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portal.attachments.store", havingValue = "s3")
class S3StoreConfiguration {

    @Bean(destroyMethod = "close")
    S3Client attachmentS3Client(@Value("${portal.attachments.s3.endpoint:}") String endpoint,
                                @Value("${portal.attachments.s3.region:us-east-1}") String region,
                                @Value("${portal.attachments.s3.access-key:}") String accessKey,
                                @Value("${portal.attachments.s3.secret-key:}") String secretKey,
                                @Value("${portal.attachments.s3.timeout:30s}") Duration timeout) {
        S3ClientBuilder client = S3Client.builder()
                .region(Region.of(region))
                .forcePathStyle(true)
                .credentialsProvider(credentials(accessKey, secretKey))
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5)).socketTimeout(timeout))
                // Checksums only where the S3 API demands them: not every compatible store knows
                // the newer CRC headers; the upload carries Content-MD5 instead.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (!endpoint.isBlank()) {
            client.endpointOverride(URI.create(endpoint.strip()));
        }
        return client.build();
    }

    @Bean
    S3AttachmentStore s3AttachmentStore(S3Client attachmentS3Client,
                                        @Value("${portal.attachments.s3.bucket:}") String bucket,
                                        @Value("${portal.attachments.s3.endpoint:}") String endpoint) {
        if (bucket.isBlank()) {
            throw new IllegalStateException("portal.attachments.store=s3 needs portal.attachments.s3.bucket");
        }
        S3AttachmentStore store = new S3AttachmentStore(attachmentS3Client, bucket.strip(), endpoint.strip());
        store.ensureBucket();
        return store;
    }

    /** Both keys, or neither: then the SDK's own chain (AWS_ACCESS_KEY_ID, a profile, an instance role). */
    private static AwsCredentialsProvider credentials(String accessKey, String secretKey) {
        if (accessKey.isBlank() && secretKey.isBlank()) {
            return DefaultCredentialsProvider.builder().build();
        }
        if (accessKey.isBlank() || secretKey.isBlank()) {
            throw new IllegalStateException("Set both portal.attachments.s3.access-key and secret-key, or neither");
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey.strip(), secretKey.strip()));
    }
}
