package cn.ezhou.yshj.consultation.text;

/**
 * What a part of a split policy text is: headings that only structure the text (chapter, section,
 * 附则), articles and the preamble that commenters comment on, or the whole text when it has no
 * recognisable structure.
 */
public enum PartKind {
    PREAMBLE, CHAPTER, SECTION, ARTICLE, SUPPLEMENTARY, WHOLE
}
