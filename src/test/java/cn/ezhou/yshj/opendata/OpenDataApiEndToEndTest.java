package cn.ezhou.yshj.opendata;

import static cn.ezhou.yshj.opendata.Api.V1;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the API answers for what is published: consultations, the feedback report, policies and their changes, cases, the league table. */
class OpenDataApiEndToEndTest extends OpenDataEndToEnd {


    @Test
    void a_public_consultation_comes_with_its_articles_and_comment_window() {
        Map<String, Object> item = api.all(V1 + "/consultations").stream()
                .filter(c -> ((Number) c.get("id")).longValue() == seed.reported()).findFirst().orElseThrow();
        assertThat(item).containsEntry("opensOn", "2026-12-01").containsEntry("closesOn", "2026-12-31")
                .containsEntry("phase", "REPORTED");
        assertThat((Map<String, Object>) item.get("draftingUnit")).containsEntry("code", "FGW").containsKey("name");

        Map<String, Object> doc = api.get(V1 + "/consultations/" + seed.reported()).json();
        assertThat(doc).containsEntry("commentsOpen", false).containsEntry("policyId", (int) seed.policy())
                .containsEntry("explanation", "为落实优化营商环境要求，起草本措施。");
        assertThat(list(doc.get("articles"))).extracting(a -> a.get("label"))
                .containsExactly(null, "第一条", "第二条", "第三条", "第四条");
        assertThat(list(doc.get("articles")).get(3)).containsEntry("kind", "ARTICLE").containsEntry("number", 3)
                .containsEntry("body", "对新建冷链仓储设施给予每平方米五十元补贴。");

        Map<String, Object> answering = api.get(V1 + "/consultations/" + seed.answering()).json();
        assertThat(answering).containsEntry("phase", "ANSWERING").containsEntry("reportPublishedAt", null);
    }

    @Test
    void the_feedback_report_gives_each_comment_its_outcome_and_reason_attributed_as_on_the_report_page() {
        Map<String, Object> report = api.get(V1 + "/consultations/" + seed.reported() + "/report").json();
        assertThat(report).containsEntry("total", 2);
        assertThat((Map<String, Object>) report.get("counts")).containsEntry("ADOPTED", 1).containsEntry("NOT_ADOPTED", 1)
                .containsEntry("PARTLY_ADOPTED", 0).containsEntry("ALREADY_PROVIDED", 0);
        List<Map<String, Object>> comments = list(((Map<?, ?>) report.get("comments")).get("items"));
        assertThat(comments).extracting(c -> c.get("author"), c -> c.get("articleLabel"), c -> c.get("outcome"),
                        c -> c.get("reason"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(seed.associationName(), "第三条", "ADOPTED", null),
                        org.assertj.core.groups.Tuple.tuple(seed.publicObserverName(), null, "NOT_ADOPTED",
                                "申请期限将在实施细则中规定。"));
        assertThat(comments.get(0)).containsEntry("membersRepresented", 35).containsKey("answeredAt");

        Map<String, Object> second = api.get(V1 + "/consultations/" + seed.reported() + "/report?size=1&page=1").json();
        assertThat(list(((Map<?, ?>) second.get("comments")).get("items"))).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("author", seed.publicObserverName()));
        assertThat((Map<String, Object>) second.get("comments")).containsEntry("totalItems", 2).containsEntry("totalPages", 2);
    }

    @Test
    void an_issued_policy_comes_with_its_comparison_to_the_draft_article_by_article() {
        assertThat(api.all(V1 + "/policies")).extracting(p -> ((Number) p.get("id")).longValue())
                .contains(seed.policy(), seed.plainPolicy());
        Map<String, Object> policy = api.get(V1 + "/policies/" + seed.policy()).json();
        assertThat(policy).containsEntry("consultationId", (int) seed.reported()).containsEntry("benefit", true);
        assertThat(list(policy.get("industryTags"))).extracting(t -> t.get("code")).containsExactly("LOGISTICS");

        Map<String, Object> changes = api.get(V1 + "/policies/" + seed.policy() + "/changes").json();
        assertThat(changes).containsEntry("consultationId", (int) seed.reported()).containsEntry("changed", 2);
        Map<String, Object> third = list(changes.get("changes")).stream()
                .filter(c -> "第三条".equals(c.get("finalLabel"))).findFirst().orElseThrow();
        assertThat(third).containsEntry("kind", "CHANGED");
        assertThat(list(third.get("diff"))).extracting(d -> d.get("op") + ":" + d.get("text"))
                .contains("DELETED:五", "INSERTED:八");
        assertThat(list(third.get("answeredComments"))).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("author", seed.associationName()).containsEntry("outcome", "ADOPTED"));

        Api.Response none = api.get(V1 + "/policies/" + seed.plainPolicy() + "/changes");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.header("Content-Type")).isEqualTo("application/problem+json");
    }

    @Test
    void a_published_case_and_the_published_league_table_are_served() {
        assertThat(api.get(V1 + "/cases/" + seed.publishedCase()).json()).containsEntry("kind", "POSITIVE")
                .containsEntry("publishedOn", "2027-01-05").doesNotContainKey("reference");
        boolean before = fixture.publishLeague(true);
        try {
            Map<String, Object> league = api.get(V1 + "/league?from=2026-10-01&to=2026-12-31").json();
            assertThat(league).containsEntry("from", "2026-10-01").containsEntry("to", "2026-12-31");
            assertThat((Map<String, Object>) league.get("method")).containsKeys("onTimeWeight", "speedZeroDays")
                    .doesNotContainKeys("updatedBy", "version", "published");
            assertThat(list(league.get("rows"))).extracting(r -> (Object) ((Map<?, ?>) r.get("unit")).get("code"))
                    .contains("FGW");
            assertThat(api.get(V1 + "/league").json()).as("the current quarter").containsKey("rows");
            assertThat(api.get(V1 + "/league?from=2026-12-31&to=2026-10-01").json())
                    .containsEntry("detail", "to must not be before from");
            assertThat(api.get(V1 + "/league?from=2025-01-01&to=2026-12-31").status()).isEqualTo(400);
        } finally {
            fixture.publishLeague(before);
        }
    }

    @Test
    void paging_is_bounded_and_a_bad_parameter_gets_a_clear_json_message() {
        Map<String, Object> first = api.get(V1 + "/consultations?size=1").json();
        Map<String, Object> second = api.get(V1 + "/consultations?size=1&page=1").json();
        assertThat(first).containsEntry("page", 0).containsEntry("size", 1);
        assertThat(((Number) first.get("totalItems")).longValue()).isGreaterThanOrEqualTo(2);
        assertThat(list(first.get("items")).get(0).get("id")).isNotEqualTo(list(second.get("items")).get(0).get("id"));
        assertThat(api.get(V1 + "/policies?size=100").status()).isEqualTo(200);
        assertThat(api.get(V1 + "/policies").json()).containsEntry("size", 20);

        assertBad(V1 + "/consultations?size=101", "size must be between 1 and 100, not 101");
        assertBad(V1 + "/cases?size=0", "size must be between 1 and 100, not 0");
        assertBad(V1 + "/policies?page=-1", "page must be between 0 and 10000 (pages count from 0), not -1");
        assertBad(V1 + "/policies?page=two", "page must be a whole number, not \"two\"");
        assertBad(V1 + "/consultations/" + seed.reported() + "/report?size=500", "size must be between 1 and 100, not 500");
        assertBad(V1 + "/consultations/x1", "id must be a whole number, not \"x1\"");
        assertBad(V1 + "/league?from=2026-02-30", "from must be a date as YYYY-MM-DD, not \"2026-02-30\"");
    }

    private void assertBad(String path, String detail) {
        Api.Response response = api.get(path);
        assertThat(response.status()).as(path).isEqualTo(400);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.json()).containsEntry("status", 400).containsEntry("detail", detail);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object items) {
        return (List<Map<String, Object>>) items;
    }
}
