package cn.ezhou.yshj.observer;

import java.time.Instant;

/** One step of an observer's history: who did what, when and why. */
public record ObserverHistoryEntry(Instant at, String actor, String action, ObserverState from, ObserverState to,
                                   String reason) {
}
