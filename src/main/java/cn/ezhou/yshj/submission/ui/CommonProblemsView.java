package cn.ezhou.yshj.submission.ui;

import cn.ezhou.yshj.base.ui.LimitedText;
import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.submission.CommonProblemRecord;
import cn.ezhou.yshj.submission.CommonProblems;
import cn.ezhou.yshj.submission.SubmissionSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Common problems 共性问题: link items that share a cause; close them all with one rectification note. */
@Route(value = "office/common-problems", layout = MainLayout.class)
@Menu(title = "nav.commonProblems", order = 8, icon = "vaadin:link")
@RolesAllowed(AppRoles.OFFICE)
class CommonProblemsView extends VerticalLayout implements HasDynamicTitle {

    private final CommonProblems problems;
    private final Grid<CommonProblemRecord> grid = new Grid<>();

    CommonProblemsView(CommonProblems problems) {
        this.problems = problems;
        setSizeFull();
        grid.setId("problems-grid");
        grid.addColumn(CommonProblemRecord::title).setHeader(getTranslation("problem.title")).setFlexGrow(2);
        grid.addColumn(p -> p.items().stream().map(SubmissionSummary::reference).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("problem.items")).setFlexGrow(2);
        grid.addColumn(p -> Formats.dateTime(p.createdAt())).setHeader(getTranslation("problem.createdAt")).setAutoWidth(true);
        grid.addColumn(p -> p.closedAt() == null ? getTranslation("problem.open") : Formats.dateTime(p.closedAt()))
                .setHeader(getTranslation("problem.closedAt")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(p -> p.closedAt() != null ? new com.vaadin.flow.component.html.Span(p.rectification())
                : actions(p))).setHeader("").setAutoWidth(true);
        grid.setItems(query -> problems.list(query.getOffset(), query.getLimit()).stream());
        grid.setEmptyStateText(getTranslation("problem.empty"));
        Button create = new Button(getTranslation("problem.create"), VaadinIcon.PLUS.create(), e -> createDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("problem-create");
        add(new Paragraph(getTranslation("problem.intro")), create, grid);
    }

    private com.vaadin.flow.component.Component actions(CommonProblemRecord p) {
        Button link = new Button(getTranslation("problem.link"), e -> {
            TextField reference = new TextField(getTranslation("submission.reference"));
            new ActionDialog(getTranslation("problem.link"), () -> problems.link(p.id(), p.version(), reference.getValue()),
                    grid.getDataProvider()::refreshAll, reference).open();
        });
        Button close = new Button(getTranslation("problem.close"), e -> {
            TextArea note = new TextArea(getTranslation("problem.rectification"));
            note.setWidthFull();
            LimitedText.apply(note, CommonProblems.MAX_NOTE);
            new ActionDialog(getTranslation("problem.close"), () -> problems.close(p.id(), p.version(), note.getValue()),
                    grid.getDataProvider()::refreshAll, new Paragraph(getTranslation("problem.closeWarning")), note).open();
        });
        return new com.vaadin.flow.component.orderedlayout.HorizontalLayout(link, close);
    }

    private void createDialog() {
        TextField title = new TextField(getTranslation("problem.title"));
        title.setWidthFull();
        LimitedText.apply(title, CommonProblems.MAX_TITLE);
        TextArea references = new TextArea(getTranslation("problem.references"));
        references.setWidthFull();
        references.setHelperText(getTranslation("problem.references.helper"));
        new ActionDialog(getTranslation("problem.create"), () -> problems.create(title.getValue(),
                Arrays.stream(references.getValue().split("[,，\\s]+")).filter(s -> !s.isBlank()).toList()),
                grid.getDataProvider()::refreshAll, title, references).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.commonProblems");
    }
}
