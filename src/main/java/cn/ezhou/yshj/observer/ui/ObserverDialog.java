package cn.ezhou.yshj.observer.ui;

import java.time.LocalDate;
import cn.ezhou.yshj.base.ui.LimitedText;
import cn.ezhou.yshj.base.ui.Downloads;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.observer.AppointmentLetter;
import cn.ezhou.yshj.observer.EvaluationService;
import cn.ezhou.yshj.observer.ObjectionRecord;
import cn.ezhou.yshj.observer.ObserverHistoryEntry;
import cn.ezhou.yshj.observer.ObserverService;
import cn.ezhou.yshj.observer.ObserverSummary;
import cn.ezhou.yshj.observer.OfficeObserverDetail;
import cn.ezhou.yshj.observer.PublicityService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** One observer for the office: full details, history, objections, and the actions its state allows. */
class ObserverDialog extends Dialog {

    private final ObserverService observers;
    private final PublicityService publicity;
    private final EvaluationService evaluations;
    private final long id;
    private final Runnable onChange;
    private final LocalDate today;
    private final TextArea reason = new TextArea();

    ObserverDialog(ObserverService observers, PublicityService publicity, EvaluationService evaluations, long id,
                   LocalDate today, Runnable onChange) {
        this.today = today;
        this.observers = observers;
        this.publicity = publicity;
        this.evaluations = evaluations;
        this.id = id;
        this.onChange = onChange;
        setWidth("min(60rem, 95vw)");
        reason.setLabel(getTranslation("observers.reason"));
        reason.setWidthFull();
        LimitedText.apply(reason, ObserverService.MAX_REASON);
        show();
    }

    private void show() {
        removeAll();
        getFooter().removeAll();
        OfficeObserverDetail detail = observers.detail(id);
        ObserverSummary o = detail.summary();
        setHeaderTitle(o.name() + " · " + TermLabels.state(this, o));
        add(new Paragraph(getTranslation("observers.detailLine", detail.idNumber(), detail.mobile(),
                o.email() == null ? "—" : o.email(), o.employer(), o.referenceNo())));
        var files = observers.applicationFiles(id);
        if (!files.isEmpty()) {
            add(new Paragraph(getTranslation("apply.attachment")), cn.ezhou.yshj.attachment.ui.AttachmentField.links(files,
                    fileId -> files.stream().filter(f -> f.id() == fileId).findFirst()
                            .map(f -> new Downloads.File(f.fileName(), f.contentType(), observers.applicationFile(id, fileId)))
                            .orElseThrow()));
        }
        if (o.certificateNo() != null) {
            Paragraph termLine = new Paragraph(getTranslation("observers.termLine", o.certificateNo(),
                    Formats.date(o.termStart()), Formats.date(o.termEnd())) + TermLabels.renewalLine(this, o));
            termLine.setId("observer-term");
            add(termLine);
            Anchor letter = Downloads.link(getTranslation("observers.letter"), () -> {
                AppointmentLetter file = observers.letter(id);
                return new Downloads.File(file.fileName(), AppointmentLetter.CONTENT_TYPE, file.content());
            });
            letter.setId("letter-download");
            add(letter, new EvaluationPanel(evaluations, id, today.getYear()));
        }
        var objections = publicity.objections(id);
        if (!objections.isEmpty()) {
            add(new H3(getTranslation("observers.objections")), objectionGrid(objections));
        }
        add(new H3(getTranslation("observers.history")), historyGrid(), reason);
        getFooter().add(actions(o));
    }

    private Grid<ObjectionRecord> objectionGrid(java.util.List<ObjectionRecord> objections) {
        Grid<ObjectionRecord> grid = new Grid<>();
        grid.addColumn(r -> r.lodgedBy() + " (" + r.contact() + ")").setHeader(getTranslation("publicity.yourName"));
        grid.addColumn(ObjectionRecord::reason).setHeader(getTranslation("publicity.reason")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation("objectionState." + r.state())
                + (r.resolution() == null ? "" : "：" + r.resolution())).setHeader(getTranslation("observers.state"));
        grid.addComponentColumn(r -> {
            HorizontalLayout buttons = new HorizontalLayout();
            if (r.isOpen()) {
                buttons.add(action("observers.dismissObjection", () -> publicity.resolveObjection(r.id(), false, reason.getValue())),
                        action("observers.upholdObjection", () -> publicity.resolveObjection(r.id(), true, reason.getValue())));
            }
            return buttons;
        }).setAutoWidth(true);
        grid.setItems(objections);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<ObserverHistoryEntry> historyGrid() {
        Grid<ObserverHistoryEntry> grid = new Grid<>();
        grid.addColumn(h -> Formats.dateTime(h.at())).setHeader(getTranslation("observers.when"));
        grid.addColumn(ObserverHistoryEntry::actor).setHeader(getTranslation("observers.who"));
        grid.addColumn(h -> getTranslation("observerAction." + h.action())).setHeader(getTranslation("observers.what"));
        grid.addColumn(h -> h.reason() == null ? "" : h.reason()).setHeader(getTranslation("observers.reason")).setFlexGrow(2);
        grid.setItems(observers.history(id));
        grid.setHeight("14rem");
        return grid;
    }

    private HorizontalLayout actions(ObserverSummary o) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setWrap(true);
        switch (o.state()) {
            case APPLIED -> bar.add(action("observers.startReview", () -> observers.startReview(id)),
                    action("observers.reject", () -> observers.reject(id, reason.getValue())));
            case UNDER_REVIEW -> bar.add(action("observers.approve", () -> observers.approve(id)),
                    action("observers.reject", () -> observers.reject(id, reason.getValue())));
            case APPROVED -> bar.add(action("observers.reject", () -> observers.reject(id, reason.getValue())));
            case APPOINTED -> {
                bar.add(action("observers.suspend", () -> observers.suspend(id, reason.getValue())),
                        action("observers.dismiss", () -> observers.dismiss(id, reason.getValue())));
                if (!o.terms().renewalWaiting()) {
                    DatePicker newEnd = new DatePicker(getTranslation("observers.renewUntil"), o.termEnd().plusYears(2));
                    newEnd.setId("renew-until");
                    Button renew = action("observers.renew", () -> observers.renew(id, newEnd.getValue()));
                    renew.setId("renew");
                    bar.add(newEnd, renew);
                }
            }
            case SUSPENDED -> bar.add(action("observers.reinstate", () -> observers.reinstate(id, reason.getValue())),
                    action("observers.dismiss", () -> observers.dismiss(id, reason.getValue())));
            default -> { }
        }
        bar.add(new Button(getTranslation("common.close"), e -> close()));
        return bar;
    }

    private Button action(String key, Runnable change) {
        Button button = new Button(getTranslation(key), e -> {
            if (Errors.attempt(this, change)) {
                reason.clear();
                onChange.run();
                show();
            }
        });
        button.addThemeVariants(key.endsWith("reject") || key.endsWith("dismiss") || key.endsWith("Objection")
                ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
