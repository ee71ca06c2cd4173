package cn.ezhou.yshj.opendata.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any other address under the API answers 404 as JSON, not with the portal's HTML page. */
@Hidden
@RestController
class UnknownPaths {

    @GetMapping(OpenApiPaths.V1 + "/**")
    void unknown() {
        throw new NotFound("No such open data resource; the API is described at " + OpenApiPaths.V1 + "/openapi");
    }
}
