package cn.ezhou.yshj.engagement.ui;

import cn.ezhou.yshj.attachment.AttachmentRecord;
import cn.ezhou.yshj.attachment.ui.AttachmentField;
import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.base.ui.Downloads;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.engagement.BriefingDetail;
import cn.ezhou.yshj.engagement.BriefingService;
import cn.ezhou.yshj.engagement.UnreadRecipient;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.data.domain.PageRequest;

/**
 * A briefing opened (a recipient's read receipt), under the 保密 banner when marked so; the office also sees
 * how many read it, who has not, and for a confidential one every opening.
 */
@Route(value = "briefings/:id(\\d+)", layout = MainLayout.class)
@RolesAllowed({AppRoles.OFFICE, AppRoles.OBSERVER, AppRoles.ASSOCIATION})
class BriefingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BriefingService briefings;
    private final CurrentUser currentUser;
    private String pageTitle = "";

    BriefingView(BriefingService briefings, CurrentUser currentUser) {
        this.briefings = briefings;
        this.currentUser = currentUser;
        setMaxWidth("48rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(0L);
        removeAll();
        BriefingDetail d;
        try {
            d = briefings.open(id);
        } catch (Refusal r) {
            pageTitle = getTranslation("briefing.error.notFound");
            add(new H2(pageTitle), new Paragraph(Errors.message(this, r)));
            return;
        }
        pageTitle = d.summary().title();
        H2 title = new H2(pageTitle);
        title.setId("briefing-heading");
        if (d.summary().confidential()) {
            add(ConfidentialMark.banner(this, "briefing-confidential"));
        }
        Paragraph meta = new Paragraph(getTranslation("briefing.meta", Formats.dateTime(d.summary().publishedAt()),
                Audience.text(this, d.summary().toObservers(), d.summary().toAssociations())));
        meta.addClassName("form-hint");
        Div body = new Div(d.body());
        body.addClassName("engagement-text");
        body.setId("briefing-text");
        add(title, meta, body);
        List<AttachmentRecord> files = briefings.files(id);
        if (!files.isEmpty()) {
            add(AttachmentField.links(files, fileId -> {
                AttachmentRecord r = files.stream().filter(f -> f.id() == fileId).findFirst().orElseThrow();
                return new Downloads.File(r.fileName(), r.contentType(), briefings.file(id, fileId));
            }));
        }
        if (currentUser.hasRole(AppRoles.OFFICE)) {
            Paragraph reach = new Paragraph(getTranslation("briefing.readOf", d.summary().read(), d.summary().recipients()));
            reach.setId("briefing-reach");
            Grid<UnreadRecipient> unread = new Grid<>();
            unread.addColumn(UnreadRecipient::displayName).setHeader(getTranslation("briefing.recipient")).setAutoWidth(true);
            unread.addColumn(u -> u.associationName() == null ? getTranslation("engagement.audience.observers")
                    : u.associationName()).setHeader(getTranslation("briefing.recipientKind")).setFlexGrow(1);
            unread.setItems(q -> briefings.unread(id, PageRequest.of(q.getPage(), q.getPageSize())).stream());
            unread.setEmptyStateText(getTranslation("briefing.allRead"));
            unread.setId("briefing-unread");
            add(new H3(getTranslation("briefing.reach")), reach, new H3(getTranslation("briefing.notRead")), unread);
            if (d.summary().confidential()) {
                add(new OpeningsList("briefing-openings", page -> briefings.openings(id, page)));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
