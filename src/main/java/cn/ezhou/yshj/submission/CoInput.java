package cn.ezhou.yshj.submission;

import java.time.Instant;

/** A co-department on an item and the input it gave the lead (null until given). */
public record CoInput(String unitCode, String text, Instant at) {
}
