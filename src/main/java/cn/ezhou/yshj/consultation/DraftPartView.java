package cn.ezhou.yshj.consultation;

import cn.ezhou.yshj.consultation.text.DraftPart;

/** A stored part of a draft or final text, with the id comments refer to. */
public record DraftPartView(long id, DraftPart part) {
}
