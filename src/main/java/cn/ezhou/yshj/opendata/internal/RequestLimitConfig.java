package cn.ezhou.yshj.opendata.internal;

import java.time.Clock;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the request limit on the API's data paths ({@code portal.open-data.requests-per-minute},
 * default 60, per client address). It runs right after Spring Security's filters (order -100), so
 * a refused request still carries the security headers.
 */
@Configuration
class RequestLimitConfig {

    @Bean
    FilterRegistrationBean<RequestLimit> openDataRequestLimit(Clock clock,
            @Value("${portal.open-data.requests-per-minute:60}") int perMinute,
            @Value("${portal.open-data.unlimited-addresses:}") Set<String> unlimited) {
        if (perMinute < 1) {
            throw new IllegalStateException("portal.open-data.requests-per-minute must be at least 1, not " + perMinute);
        }
        FilterRegistrationBean<RequestLimit> registration =
                new FilterRegistrationBean<>(new RequestLimit(clock, perMinute, unlimited));
        registration.addUrlPatterns("/api/open/v1/*");
        registration.setOrder(-99);
        registration.setName("openDataRequestLimit");
        return registration;
    }
}
