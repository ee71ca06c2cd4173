package cn.ezhou.yshj.observer;

/** The office's detail view: the only place with the full ID and mobile numbers. */
public record OfficeObserverDetail(ObserverSummary summary, String idNumber, String mobile, String motivation,
                                   String stateReason) {
}
