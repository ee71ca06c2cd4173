package cn.ezhou.yshj.observer;

/** A serving observer who submitted fewer items in a quarter than the minimum; without an account, the count is 0. */
public record ObligationShortfall(long observerId, String name, String certificateNo, boolean hasAccount,
                                  long submitted) {
}
