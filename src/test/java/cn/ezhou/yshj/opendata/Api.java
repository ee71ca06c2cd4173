package cn.ezhou.yshj.opendata;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP GETs against the API on the test's port, from 127.0.0.1 unless a header says otherwise. */
final class Api {

    static final String V1 = "/api/open/v1";

    private final int port;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    Api(int port) {
        this.port = port;
    }

    Response get(String path, String... headers) {
        return send("GET", path, headers);
    }

    Response send(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(path, response.statusCode(), response.headers(), response.body(), json);
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(path, e);
        }
    }

    /** Every item of a paged list, page by page (100 a page). */
    List<Map<String, Object>> all(String list) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            Map<String, Object> body = get(list + (list.contains("?") ? "&" : "?") + "size=100&page=" + page).json();
            items.addAll(Response.list(body.get("items")));
            if (page + 1 >= ((Number) body.get("totalPages")).intValue()) {
                return items;
            }
        }
    }

    record Response(String path, int status, HttpHeaders headers, String body, JsonMapper mapper) {

        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            return mapper.readValue(body, Map.class);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @SuppressWarnings("unchecked")
        static List<Map<String, Object>> list(Object items) {
            return (List<Map<String, Object>>) items;
        }
    }
}
