package cn.ezhou.yshj.notification.internal;

/** A notice's id and recipient: all an instance needs to tell its open pages that something arrived. */
public record NoticeArrival(long id, String recipient) {
}
