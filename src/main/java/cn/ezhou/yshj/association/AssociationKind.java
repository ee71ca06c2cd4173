package cn.ezhou.yshj.association;

/** 商会 or 行业协会. */
public enum AssociationKind {
    CHAMBER, INDUSTRY_ASSOCIATION
}
