package cn.ezhou.yshj.consultation.ui;

import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.consultation.ConsultationDetail;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;

/** Reference, drafting unit, window, answer deadline and audience of a consultation. */
class ConsultationFacts extends Div {

    ConsultationFacts(ConsultationDetail d, UnitNames names) {
        addClassName("fact-list");
        add(Blocks.fact(getTranslation("consultation.reference"), d.reference()));
        add(Blocks.fact(getTranslation("consultation.draftingUnit"), names.unit(d.draftingUnit())));
        add(Blocks.fact(getTranslation("consultation.window"), Formats.date(d.opensOn()) + " – " + Formats.date(d.closesOn())));
        if (d.shortWindowReason() != null) {
            add(Blocks.fact(getTranslation("consultation.shortWindowReason"), d.shortWindowReason()));
        }
        if (d.answerDue() != null) {
            add(Blocks.fact(getTranslation("consultation.answerDue"), Formats.date(d.answerDue())));
        }
        List<String> audience = new ArrayList<>();
        if (!d.audienceTags().isEmpty()) {
            audience.add(names.tags(d.audienceTags()));
        }
        audience.addAll(d.audienceAssociations());
        if (d.toObservers()) {
            audience.add(getTranslation("consultation.audience.observers"));
        }
        if (d.toPublic()) {
            audience.add(getTranslation("consultation.audience.public"));
        }
        add(Blocks.fact(getTranslation("consultation.audience"), String.join("；", audience)));
        if (d.reportPublishedAt() != null) {
            add(Blocks.fact(getTranslation("consultation.reportPublishedAt"), Formats.dateTime(d.reportPublishedAt())));
        }
    }
}
