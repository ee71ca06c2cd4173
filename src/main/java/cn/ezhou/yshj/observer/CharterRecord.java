package cn.ezhou.yshj.observer;

import java.time.Instant;

/** One published version of the observers' rights and obligations (权利义务). */
public record CharterRecord(int versionNumber, String text, Instant publishedAt, String publishedBy, long acknowledged) {
}
