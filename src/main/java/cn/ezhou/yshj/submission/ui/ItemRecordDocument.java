package cn.ezhou.yshj.submission.ui;

import cn.ezhou.yshj.base.document.DocxWriter;
import cn.ezhou.yshj.base.document.ReportDocument;
import cn.ezhou.yshj.base.document.ReportDocument.Section;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.submission.CoInput;
import cn.ezhou.yshj.submission.SubmissionDetail;
import cn.ezhou.yshj.submission.TimelineEntry;
import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One item's record for the archive, as DOCX: its facts, text, co-department input, reply, rating
 * and the whole timeline (supervision, warnings and late steps included), exactly as the viewer may
 * see them on the page (a department gets the pseudonym), with when and by whom it was printed.
 */
final class ItemRecordDocument {

    private ItemRecordDocument() {
    }

    static byte[] write(Component c, SubmissionLabels labels, SubmissionDetail d, List<TimelineEntry> timeline,
                        String printedBy, Instant printedAt) {
        List<Section> sections = new ArrayList<>();
        List<List<String>> facts = new ArrayList<>();
        facts.add(List.of(c.getTranslation("submission.record.fact"), c.getTranslation("submission.record.value")));
        facts.add(List.of(c.getTranslation("submission.state"), c.getTranslation("submission.state." + d.state())));
        if (d.deadline() != null) {
            facts.add(List.of(c.getTranslation("submission.deadline"), Formats.date(d.deadline())));
        }
        FactLines.of(c, labels, d).forEach(line -> facts.add(List.of(line.label(), line.value())));
        sections.add(Section.table(c.getTranslation("submission.record.facts"), facts));
        sections.add(Section.text(c.getTranslation("submission.body"), d.body()));
        for (CoInput co : d.coUnits()) {
            if (co.text() != null) {
                sections.add(Section.text(c.getTranslation("submission.coInputs") + " · " + labels.unit(co.unitCode())
                        + " · " + Formats.dateTime(co.at()), co.text()));
            }
        }
        if (d.replyText() != null) {
            sections.add(Section.text(c.getTranslation("submission.reply") + " · "
                    + c.getTranslation("submission.result." + d.resultType()), d.replyText()));
        }
        if (d.rating() != null) {
            String rating = c.getTranslation("submission.rating." + d.rating())
                    + (d.ratingDefaulted() ? "（" + c.getTranslation("submission.ratingDefaulted") + "）" : "");
            sections.add(Section.text(c.getTranslation("submission.rating"),
                    d.ratingComment() == null ? rating : rating + "：" + d.ratingComment()));
        }
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(c.getTranslation("submission.record.when"), c.getTranslation("submission.record.what"),
                c.getTranslation("submission.record.who"), c.getTranslation("submission.record.detail")));
        for (TimelineEntry e : timeline) {
            lines.add(List.of(Formats.dateTime(e.at()), c.getTranslation("submission.timeline." + e.action()),
                    e.actor() + " · " + c.getTranslation("submission.role." + e.actorRole()),
                    TimelineList.detailText(c, labels, e)));
        }
        sections.add(Section.table(c.getTranslation("submission.timeline"), lines));
        String subtitle = c.getTranslation("submission.record.printed", d.reference(), Formats.dateTime(printedAt), printedBy);
        return DocxWriter.write(new ReportDocument(c.getTranslation("submission.record.title") + "：" + d.title(),
                subtitle, sections));
    }

    static String fileName(Component c, SubmissionDetail d) {
        return c.getTranslation("submission.record.file", d.reference());
    }
}
