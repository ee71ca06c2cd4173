package cn.ezhou.yshj.opendata;

import static cn.ezhou.yshj.opendata.Api.V1;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Everything the API answers, crawled from its lists down to every document and page of comments,
 * shows no personal data and nothing unpublished; what is not public reads as 404.
 */
class OpenDataPrivacyEndToEndTest extends OpenDataEndToEnd {


    @Test
    void no_response_anywhere_in_the_api_shows_personal_data_or_anything_unpublished() {
        boolean before = fixture.publishLeague(true);
        try {
            List<Api.Response> crawled = crawl();
            assertThat(crawled.stream().map(r -> r.body()).filter(b -> b.contains(seed.publicObserverName())))
                    .as("the crawl reached the feedback report, which names its commenters as its page does")
                    .anySatisfy(body -> assertThat(body).contains(seed.associationName(), "建议提高到每平方米八十元。"));
            List<String> forbidden = new ArrayList<>(seed.personal());
            forbidden.addAll(seed.unpublished());
            forbidden.add(OpenDataFixture.LEAGUE_OFFICER);
            List<String> leaks = new ArrayList<>();
            for (Api.Response r : crawled) {
                String text = r.body() + "\n" + r.json();
                forbidden.stream().filter(text::contains).forEach(f -> leaks.add(r.path() + " shows " + f));
            }
            assertThat(leaks).as("personal or unpublished data in a response").isEmpty();
            Set<String> keys = new TreeSet<>();
            crawled.stream().filter(r -> !r.body().startsWith("{\"openapi\"")).forEach(r -> collectKeys(r.json(), keys));
            assertThat(keys).as("fields of the API's own records").doesNotContain("username", "authorUsername",
                    "updatedBy", "createdBy", "email", "mobile", "idNumber", "pseudonym", "submitterName", "mine");
        } finally {
            fixture.publishLeague(before);
        }
    }

    @Test
    void what_is_not_public_or_not_published_reads_as_not_found_and_is_in_no_list() {
        for (long id : List.of(seed.scheduled(), seed.nonPublic())) {
            assertThat(api.get(V1 + "/consultations/" + id).status()).isEqualTo(404);
            assertThat(api.get(V1 + "/consultations/" + id + "/report").status()).isEqualTo(404);
        }
        assertThat(api.get(V1 + "/consultations/" + seed.answering()).status()).as("open for answers").isEqualTo(200);
        assertThat(api.get(V1 + "/consultations/" + seed.answering() + "/report").status()).as("report not published")
                .isEqualTo(404);
        assertThat(ids(V1 + "/consultations")).contains(seed.reported(), seed.answering())
                .doesNotContain(seed.scheduled(), seed.nonPublic());
        assertThat(api.get(V1 + "/cases/" + seed.unpublishedCase()).status()).isEqualTo(404);
        assertThat(api.get(V1 + "/cases/" + seed.publishedCase()).status()).isEqualTo(200);
        assertThat(ids(V1 + "/cases")).contains(seed.publishedCase()).doesNotContain(seed.unpublishedCase());

        boolean before = fixture.publishLeague(false);
        try {
            Api.Response league = api.get(V1 + "/league");
            assertThat(league.status()).isEqualTo(404);
            assertThat(league.json()).containsEntry("detail", "The league table is not published");
        } finally {
            fixture.publishLeague(before);
        }
    }

    /** Every list page by page, every document in them, every page of every report, the league table, the description. */
    private List<Api.Response> crawl() {
        List<Api.Response> all = new ArrayList<>();
        for (long id : ids(V1 + "/consultations")) {
            all.add(ok(V1 + "/consultations/" + id));
            Api.Response first = api.get(V1 + "/consultations/" + id + "/report?size=100");
            all.add(first);
            if (first.status() == 200) {
                Map<?, ?> comments = (Map<?, ?>) first.json().get("comments");
                for (int page = 1; page < ((Number) comments.get("totalPages")).intValue(); page++) {
                    all.add(ok(V1 + "/consultations/" + id + "/report?size=100&page=" + page));
                }
            }
        }
        for (long id : ids(V1 + "/policies")) {
            all.add(ok(V1 + "/policies/" + id));
            all.add(api.get(V1 + "/policies/" + id + "/changes"));
        }
        for (long id : ids(V1 + "/cases")) {
            all.add(ok(V1 + "/cases/" + id));
        }
        for (String list : List.of("/consultations", "/policies", "/cases")) {
            all.add(ok(V1 + list + "?size=100"));
        }
        all.add(ok(V1 + "/league"));
        all.add(ok(V1 + "/league?from=2026-10-01&to=2027-01-31"));
        all.add(ok(V1 + "/openapi"));
        for (long id : List.of(seed.scheduled(), seed.nonPublic(), seed.answering())) {
            all.add(api.get(V1 + "/consultations/" + id));
            all.add(api.get(V1 + "/consultations/" + id + "/report"));
        }
        all.add(api.get(V1 + "/cases/" + seed.unpublishedCase()));
        return all;
    }

    private static void collectKeys(Object json, Set<String> keys) {
        if (json instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                keys.add(String.valueOf(k));
                collectKeys(v, keys);
            });
        } else if (json instanceof List<?> list) {
            list.forEach(v -> collectKeys(v, keys));
        }
    }

    private Api.Response ok(String path) {
        Api.Response response = api.get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        return response;
    }

    private List<Long> ids(String list) {
        return api.all(list).stream().map(item -> ((Number) item.get("id")).longValue()).toList();
    }
}
