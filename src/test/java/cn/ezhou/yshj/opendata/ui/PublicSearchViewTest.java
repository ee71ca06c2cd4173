package cn.ezhou.yshj.opendata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.base.ui.MarkedText;
import cn.ezhou.yshj.consultation.ConsultationService;
import cn.ezhou.yshj.consultation.IssuePolicy;
import cn.ezhou.yshj.consultation.OpenConsultation;
import cn.ezhou.yshj.consultation.PolicyService;
import cn.ezhou.yshj.consultation.text.ArticleSplitter;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.PortalViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithAnonymousUser;

/**
 * A visitor searches and sees the hits grouped by kind, marked and linked, never the chambers' consultation;
 * words too long for the search are answered with the limit, from the address too.
 */
class PublicSearchViewTest extends PortalViewTest {

    @Autowired PolicyService policies;
    @Autowired ConsultationService consultations;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;
    @Autowired java.time.Clock clock;

    @Test
    @WithAnonymousUser
    void a_visitor_finds_an_issued_policy_marked_and_linked_but_not_a_consultation_for_chambers_only() {
        String tag = "zq" + Integer.toString(new Random().nextInt(1_000_000_000), 36).replaceAll("[0-9]", "x");
        Actors actors = new Actors(security, accounts).ensure("search-office", "OFFICE", "OFFICE");
        long policy = actors.meanwhile(() -> {
            actors.as("search-office", "OFFICE");
            consultations.open(new OpenConsultation("冷链物流补贴办法" + tag, "ZRZYGHJ", "起草本办法。",
                    ArticleSplitter.split("第一条　冷链" + tag + "补贴。").parts(), null, LocalDate.now(clock).plusDays(40),
                    null, Set.of("LOGISTICS"), Set.of(), false, false, null, null));
            return policies.issue(new IssuePolicy("冷链物流补贴办法" + tag, null, "ZRZYGHJ", LocalDate.now(clock).minusDays(1),
                    true, Set.of(), false, "对新建冷链仓储设施给予补贴。", ArticleSplitter.split("第一条　冷链" + tag + "补贴。").parts(),
                    null));
        });

        navigate("search", PublicSearchView.class);
        test($(TextField.class).id("public-search-words")).setValue("冷链 " + tag);
        test($(Button.class).id("public-search-go")).click();

        Div section = $(Div.class).id("public-search-policies");
        Anchor link = $(Anchor.class, section).single();
        assertThat(link.getHref()).isEqualTo("policies/" + policy);
        assertThat($(MarkedText.class, section).all()).anyMatch(m -> m.getElement().getChildren()
                .anyMatch(e -> isMark(e, tag)));
        assertThat($(Div.class).withId("public-search-consultations").exists()).as("chambers only").isFalse();
        assertThat($(Div.class).withId("public-search-cases").exists()).isFalse();

        UI.getCurrent().navigate("search", QueryParameters.of("q", "营商环境".repeat(30)));
        assertThat($(Paragraph.class).id("public-search-error").getText()).contains("100");
    }

    private static boolean isMark(Element e, String word) {
        return !e.isTextNode() && "mark".equals(e.getTag()) && word.equals(e.getText());
    }
}
