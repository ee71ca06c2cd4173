package cn.ezhou.yshj.opendata.api.model;

import cn.ezhou.yshj.consultation.DraftPartView;
import cn.ezhou.yshj.consultation.text.PartKind;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One part of a draft or issued text: a heading (CHAPTER, SECTION, SUPPLEMENTARY: label and title,
 * no body), an ARTICLE (label such as 第五条, number, body) or the PREAMBLE / WHOLE text (body only).
 */
@Schema(description = "A part of a text: heading, article, preamble or the whole unstructured text")
public record Article(long id, PartKind kind, Integer number, String label, String title, String body) {

    public static Article of(DraftPartView view) {
        var p = view.part();
        return new Article(view.id(), p.kind(), p.number(), p.label(), p.title(), p.body());
    }
}
