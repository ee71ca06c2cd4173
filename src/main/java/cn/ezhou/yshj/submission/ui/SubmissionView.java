package cn.ezhou.yshj.submission.ui;

import com.vaadin.flow.component.html.Anchor;
import cn.ezhou.yshj.attachment.ui.AttachmentField;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.base.ui.Downloads;
import cn.ezhou.yshj.submission.FileContent;
import cn.ezhou.yshj.submission.ItemFiles;
import cn.ezhou.yshj.submission.SubmissionFiles;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.drafts.DraftService;
import cn.ezhou.yshj.templates.AnswerTemplates;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.document.DocxWriter;
import java.time.Clock;
import cn.ezhou.yshj.submission.CoInput;
import cn.ezhou.yshj.submission.DepartmentDesk;
import cn.ezhou.yshj.submission.ItemNotes;
import cn.ezhou.yshj.submission.OfficeDesk;
import cn.ezhou.yshj.submission.SubmissionDetail;
import cn.ezhou.yshj.submission.SubmissionService;
import cn.ezhou.yshj.submission.TriageAdvisor;
import cn.ezhou.yshj.submission.CommonProblems;
import cn.ezhou.yshj.submission.SubmissionAction;
import cn.ezhou.yshj.submission.SubmissionState;
import com.vaadin.flow.component.Component;
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
import jakarta.annotation.security.PermitAll;

/**
 * One item as the viewer may see it (the service decides: a department sees a pseudonym, the
 * submitter sees a reply only once approved), the viewer's actions, and the timeline.
 */
@Route(value = "submissions/:id(\\d+)", layout = MainLayout.class)
@PermitAll
class SubmissionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SubmissionService submissions;
    private final OfficeDesk office;
    private final DepartmentDesk departments;
    private final DirectoryService directory;
    private final SubmissionLabels labels;
    private final ItemFiles files;
    private final DraftService drafts;
    private final AnswerTemplates templates;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TriageAdvisor advisor;
    private final CommonProblems problems;
    private final ItemNotes notes;
    private long id;
    private String pageTitle = "";

    SubmissionView(SubmissionService submissions, OfficeDesk office, DepartmentDesk departments, DirectoryService directory,
                   ItemFiles files, DraftService drafts, TriageAdvisor advisor, CommonProblems problems,
                   AnswerTemplates templates, ItemNotes notes, CurrentUser currentUser, Clock clock) {
        this.templates = templates;
        this.notes = notes;
        this.currentUser = currentUser;
        this.clock = clock;
        this.submissions = submissions;
        this.problems = problems;
        this.advisor = advisor;
        this.drafts = drafts;
        this.files = files;
        this.office = office;
        this.departments = departments;
        this.directory = directory;
        this.labels = new SubmissionLabels(this, directory);
        setMaxWidth("1000px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(0L);
        show();
    }

    private void show() {
        removeAll();
        SubmissionDetail d;
        try {
            d = submissions.detail(id);
        } catch (Refusal r) {
            pageTitle = getTranslation("submission.notFound");
            add(new H2(pageTitle), new Paragraph(Errors.message(this, r)));
            return;
        }
        pageTitle = (d.reference() == null ? getTranslation("submission.state.DRAFT") : d.reference()) + " " + d.title();
        H2 heading = new H2(d.title().isBlank() ? getTranslation("submission.untitled") : d.title());
        heading.setId("submission-heading");
        Span state = labels.state(d.state());
        state.setId("submission-state");
        HorizontalLayout head = new HorizontalLayout(state);
        if (d.deadline() != null) {
            head.add(new Span(getTranslation("submission.deadline") + "："), labels.deadline(d.deadline(), d.deadlineStatus()));
        }
        head.setAlignItems(Alignment.CENTER);
        head.setWrap(true);
        if (d.reference() != null) {
            Anchor record = Downloads.link(getTranslation("submission.record.download"), () -> new Downloads.File(
                    ItemRecordDocument.fileName(this, d), DocxWriter.CONTENT_TYPE, ItemRecordDocument.write(this, labels,
                            submissions.detail(id), submissions.timeline(id), currentUser.username().orElse(""),
                            clock.instant())));
            record.setId("item-record");
            head.add(record);
        }
        add(heading, head, facts(d), section("submission.body", d.body()));
        SubmissionFiles itemFiles = files.files(id);
        if (!itemFiles.submitted().isEmpty()) {
            add(fileList("submission.files", itemFiles.submitted()));
        }
        if (!d.coUnits().isEmpty() && d.coUnits().stream().anyMatch(c -> c.text() != null)) {
            add(new H3(getTranslation("submission.coInputs")));
            for (CoInput c : d.coUnits()) {
                if (c.text() != null) {
                    add(block(labels.unit(c.unitCode()) + " · " + Formats.dateTime(c.at()), c.text()));
                }
            }
        }
        if (d.replyText() != null) {
            Div reply = block(getTranslation("submission.reply") + " · " + getTranslation("submission.result." + d.resultType()),
                    d.replyText());
            reply.setId("submission-reply");
            add(reply);
            if (!itemFiles.reply().isEmpty()) {
                add(fileList("submission.replyFiles", itemFiles.reply()));
            }
        }
        if (d.rating() != null) {
            String rating = getTranslation("submission.rating." + d.rating())
                    + (d.ratingDefaulted() ? " (" + getTranslation("submission.ratingDefaulted") + ")" : "");
            Div block = block(getTranslation("submission.rating"), rating + (d.ratingComment() == null ? "" : "：" + d.ratingComment()));
            block.setId("submission-rating");
            add(block);
        } else if (d.ratingDueAt() != null && d.can(cn.ezhou.yshj.submission.SubmissionAction.RATE)) {
            add(new Paragraph(getTranslation("submission.rateBy", Formats.dateTime(d.ratingDueAt()))));
        }
        if (d.can(SubmissionAction.ASSIGN) || d.can(SubmissionAction.MERGE)) {
            add(new SimilarItemsPanel(d, advisor.similar(id), labels, office, problems, this::show));
        }
        add(new ActionPanel(d, submissions, office, departments, directory, files, drafts, advisor, templates, this::show));
        if (ItemNotes.readBy(d.parties()) && d.state() != SubmissionState.DRAFT) {
            add(new NotesPanel(id, notes, labels));
        }
        add(new H3(getTranslation("submission.timeline")), new TimelineList(submissions.timeline(id), labels));
    }

    private Div fileList(String labelKey, java.util.List<cn.ezhou.yshj.attachment.AttachmentRecord> records) {
        Span heading = new Span(getTranslation(labelKey));
        heading.addClassName("block-title");
        Div block = new Div(heading, AttachmentField.links(records, attachmentId -> {
            FileContent f = files.download(id, attachmentId);
            return new Downloads.File(f.name(), f.contentType(), f.content());
        }));
        block.addClassName("text-block");
        return block;
    }

    private Component facts(SubmissionDetail d) {
        Div facts = new Div();
        facts.addClassName("fact-list");
        for (FactLines.Line line : FactLines.of(this, labels, d)) {
            Div row = new Div(new Span(line.label()), new Span(line.value()));
            row.addClassName("fact");
            facts.add(row);
        }
        return facts;
    }

    private Div section(String labelKey, String text) {
        return block(getTranslation(labelKey), text);
    }

    /** A titled block of user text, shown as text (line breaks kept, never as HTML). */
    static Div block(String title, String text) {
        Span heading = new Span(title);
        heading.addClassName("block-title");
        Paragraph body = new Paragraph(text == null ? "" : text);
        body.addClassName("user-text");
        Div block = new Div(heading, body);
        block.addClassName("text-block");
        return block;
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
