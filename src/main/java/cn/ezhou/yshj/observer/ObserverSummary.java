package cn.ezhou.yshj.observer;

import java.time.LocalDate;

/** An observer as lists show it: ID and mobile numbers masked. */
public record ObserverSummary(long id, long version, String referenceNo, String name, Gender gender,
                              String maskedIdNumber, String maskedMobile, String email, String employer,
                              String title, String category, ObserverLevel level, String districtCode,
                              String industry, String recommendingUnit, ObserverState state, boolean nominated,
                              String certificateNo, LocalDate termStart, LocalDate termEnd, Long publicityBatchId,
                              TermFacts terms) {
}
