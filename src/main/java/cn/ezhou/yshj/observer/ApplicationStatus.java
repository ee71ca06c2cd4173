package cn.ezhou.yshj.observer;

import java.time.LocalDate;

/** What an applicant sees when following the application with its reference number. */
public record ApplicationStatus(String referenceNo, String maskedName, ObserverState state, String reason,
                                LocalDate publicityEnds) {
}
