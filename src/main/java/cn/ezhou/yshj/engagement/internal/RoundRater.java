package cn.ezhou.yshj.engagement.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** Someone asked to rate in a round: the response rate's denominator. Written once, never changed. */
@Entity
@Table(name = "round_rater")
@IdClass(RoundRater.Key.class)
public class RoundRater {

    /** The composite key (round, rater). */
    public static class Key implements Serializable {
        private long roundId;
        private String raterKey;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.roundId == roundId && java.util.Objects.equals(k.raterKey, raterKey);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(roundId, raterKey);
        }
    }

    @Id
    private long roundId;
    @Id
    private String raterKey;

    protected RoundRater() {
    }

    public RoundRater(long roundId, String raterKey) {
        this.roundId = roundId;
        this.raterKey = raterKey;
    }
}
