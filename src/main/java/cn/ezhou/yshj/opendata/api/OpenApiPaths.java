package cn.ezhou.yshj.opendata.api;

/** Where the API lives; the security configuration permits these paths by the same strings. */
final class OpenApiPaths {

    static final String V1 = "/api/open/v1";

    private OpenApiPaths() {
    }
}
