package cn.ezhou.yshj.observer.ui;

import cn.ezhou.yshj.base.ui.BoundedUpload;
import cn.ezhou.yshj.base.ui.Downloads;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.observer.ImportResult;
import cn.ezhou.yshj.observer.RosterFilter;
import cn.ezhou.yshj.observer.RosterService;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import java.util.function.Supplier;

/** Template download, all-or-nothing import and masked export of the roster. */
class RosterFiles extends HorizontalLayout {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    RosterFiles(RosterService roster, Supplier<RosterFilter> filter, Runnable onImported) {
        setAlignItems(Alignment.CENTER);
        setWrap(true);
        Anchor template = Downloads.link(getTranslation("roster.template"),
                () -> new Downloads.File("观察员提名模板.xlsx", XLSX, roster.template()));
        Anchor export = Downloads.link(getTranslation("roster.export"),
                () -> new Downloads.File("观察员名册.xlsx", XLSX, roster.export(filter.get())));
        Upload upload = new BoundedUpload(RosterService.MAX_IMPORT_SIZE, (fileName, bytes) -> {
            ImportResult[] result = new ImportResult[1];
            if (Errors.attempt(this, () -> result[0] = roster.importRoster(bytes))) {
                show(result[0]);
                onImported.run();
            }
        }, () -> Notification.show(getTranslation("attachment.error.size", RosterService.MAX_IMPORT_SIZE.toMegabytes()),
                6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
        upload.setId("roster-import");
        upload.setAcceptedFileTypes(".xlsx", XLSX);
        upload.setUploadButton(new com.vaadin.flow.component.button.Button(getTranslation("roster.import")));
        upload.setDropAllowed(false);
        add(template, upload, export);
    }

    private void show(ImportResult result) {
        Dialog dialog = new Dialog(getTranslation(result.accepted() ? "roster.imported" : "roster.rejected", result.imported()));
        if (!result.problems().isEmpty()) {
            UnorderedList list = new UnorderedList();
            result.problems().forEach(p -> list.add(new ListItem(getTranslation("roster.problem", p.row(), p.column(),
                    getTranslation(p.reasonKey())))));
            dialog.add(list);
        }
        if (!result.alreadyInCorps().isEmpty()) {
            dialog.add(new Paragraph(getTranslation("roster.alreadyInCorps", String.join("、", result.alreadyInCorps()))));
        }
        dialog.getFooter().add(new com.vaadin.flow.component.button.Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }
}
