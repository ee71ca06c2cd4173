package cn.ezhou.yshj.opendata.internal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and terms of the OpenAPI description; springdoc documents the API's paths only (application.properties). */
@Configuration
class OpenApiDescription {

    @Bean
    OpenAPI openDataApi(@Value("${portal.open-data.requests-per-minute:60}") int perMinute) {
        return new OpenAPI().info(new Info()
                .title("Ezhou business-environment portal — open data")
                .version("v1")
                .description("""
                        What the portal's public pages show, as JSON: public consultations once open, \
                        their published feedback reports, issued policies and their changes from the \
                        consulted draft, the department league table while it is published, and \
                        published typical cases. Read-only (GET), no account needed, no personal data \
                        beyond what the pages show (commenters are named as in the feedback report). \
                        Lists take page (from 0) and size (1–100, default 20). At most %d requests a \
                        minute from one address; beyond that 429 with Retry-After (seconds). Errors are \
                        application/problem+json.""".formatted(perMinute)));
    }
}
