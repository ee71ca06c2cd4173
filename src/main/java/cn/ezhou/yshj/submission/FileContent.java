package cn.ezhou.yshj.submission;

/** A file to hand to the user who may read it. */
public record FileContent(String name, String contentType, byte[] content) {
}
