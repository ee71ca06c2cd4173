package cn.ezhou.yshj.consultation.ui;

import cn.ezhou.yshj.base.ObserverRights;
import cn.ezhou.yshj.base.ui.RightsNotice;
import cn.ezhou.yshj.attachment.ui.AttachmentField;
import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.base.ui.Downloads;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.consultation.CommentDesk;
import cn.ezhou.yshj.consultation.CommentRecord;
import cn.ezhou.yshj.consultation.ConsultationDetail;
import cn.ezhou.yshj.consultation.ConsultationPhase;
import cn.ezhou.yshj.consultation.ConsultationService;
import cn.ezhou.yshj.consultation.DraftPartView;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.drafts.DraftService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Objects;

/** A consultation read article by article, with the viewer's comments (all of them for drafters and the office). */
@Route(value = "consultations/:id(\\d+)", layout = MainLayout.class)
@AnonymousAllowed
class ConsultationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final CommentDesk comments;
    private final DirectoryService directory;
    private final CurrentUser currentUser;
    private final ObserverRights rights;
    private long id;
    private String pageTitle = "";

    private final DraftService drafts;

    ConsultationView(ConsultationService consultations, CommentDesk comments, DirectoryService directory,
                     CurrentUser currentUser, DraftService drafts, ObserverRights rights) {
        this.currentUser = currentUser;
        this.drafts = drafts;
        this.rights = rights;
        this.consultations = consultations;
        this.comments = comments;
        this.directory = directory;
        setMaxWidth("64rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(0L);
        show();
    }

    private void show() {
        removeAll();
        ConsultationDetail d;
        try {
            d = consultations.detail(id);
        } catch (Refusal r) {
            pageTitle = getTranslation("consultation.error.notFound");
            add(new H2(pageTitle), new Paragraph(Errors.message(this, r)));
            return;
        }
        pageTitle = d.reference() + " " + d.title();
        H2 heading = new H2(d.title());
        heading.setId("consultation-heading");
        Span phase = new Span(getTranslation("consultation.phase." + d.phase()));
        phase.getElement().getThemeList().add("badge" + (d.phase() == ConsultationPhase.OPEN ? " success" : ""));
        phase.setId("consultation-phase");
        add(heading, phase, new ConsultationFacts(d, new UnitNames(directory, getLocale())));
        add(Blocks.text(getTranslation("consultation.explanation"), d.explanation()));
        var files = consultations.files(id);
        if (!files.isEmpty()) {
            add(AttachmentField.links(files, fileId -> {
                var r = files.stream().filter(f -> f.id() == fileId).findFirst().orElseThrow();
                return new Downloads.File(r.fileName(), r.contentType(), consultations.file(id, fileId));
            }));
        }
        add(links(d));
        List<CommentRecord> visible = comments.comments(id);
        if (d.mayComment()) {
            Button whole = new Button(getTranslation("consultation.comment.whole"), e -> comment(d, null, null));
            whole.setId("comment-whole");
            add(new Paragraph(getTranslation("consultation.comment.hint")), whole);
        } else if (d.phase() == ConsultationPhase.OPEN) {
            RightsNotice.of(this, rights).ifPresent(this::add);
        }
        add(new H3(getTranslation("consultation.draftText")));
        for (DraftPartView p : d.parts()) {
            add(new PartBlock(d, p, visible.stream().filter(c -> Objects.equals(c.partId(), p.id())).toList(),
                    () -> comment(d, p.id(), caption(p)), this::edit, this::withdraw));
        }
        List<CommentRecord> onWhole = visible.stream().filter(c -> c.partId() == null).toList();
        if (!onWhole.isEmpty()) {
            add(new H3(getTranslation("consultation.comment.whole")));
            onWhole.forEach(c -> add(new CommentCard(c, d.phase() == ConsultationPhase.OPEN, this::edit, this::withdraw)));
        }
    }

    private String caption(DraftPartView p) {
        String label = p.part().displayLabel();
        return label.isBlank() ? getTranslation("consultation.part." + p.part().kind()) : label;
    }

    private HorizontalLayout links(ConsultationDetail d) {
        HorizontalLayout links = new HorizontalLayout();
        links.setWrap(true);
        if (d.drafter() && d.phase() != ConsultationPhase.OPEN) {
            links.add(anchor("consultations/" + id + "/answers", "consultation.answers", "link-answers"));
        }
        if (d.reportPublishedAt() != null || d.drafter() || d.office()) {
            links.add(anchor("consultations/" + id + "/report", "consultation.report", "link-report"));
        }
        if (d.policyId() != null) {
            links.add(anchor("policies/" + d.policyId(), "consultation.policy", "link-policy"));
        } else if ((d.drafter() || d.office()) && d.phase() == ConsultationPhase.REPORTED) {
            links.add(anchor("policies/new?consultation=" + id, "policy.issue", "link-issue-policy"));
        }
        return links;
    }

    private static Anchor anchor(String href, String key, String id) {
        Anchor a = new Anchor(href, "");
        a.setText(a.getTranslation(key));
        a.setId(id);
        return a;
    }

    private void comment(ConsultationDetail d, Long partId, String label) {
        new CommentDialog(comments, drafts, id, partId, label, null, d.mayComment() && isAssociation(), this::show).open();
    }

    private void edit(CommentRecord c) {
        new CommentDialog(comments, drafts, id, c.partId(), c.partLabel(), c, isAssociation(), this::show).open();
    }

    private void withdraw(CommentRecord c) {
        if (Errors.attempt(this, () -> comments.withdraw(c.id(), c.version()))) {
            show();
        }
    }

    private boolean isAssociation() {
        return currentUser.hasRole(AppRoles.ASSOCIATION);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
