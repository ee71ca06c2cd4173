package cn.ezhou.yshj.association;

/** An association to pick, e.g. as the audience of a consultation. */
public record AssociationChoice(long id, String name) {
}
