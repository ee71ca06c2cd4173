package cn.ezhou.yshj.observer;

import java.time.LocalDate;

/** A candidate as the public publicity page lists it: ID and mobile masked. */
public record PublicCandidate(long id, String name, Gender gender, String category, String employer,
                              String maskedIdNumber, String maskedMobile, LocalDate publicityEnds) {
}
