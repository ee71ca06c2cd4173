package cn.ezhou.yshj.consultation;

/** How far a pushed policy got: people it reached and read it, associations that relayed it, members told. */
public record PolicyReach(long recipients, long read, long associationsReached, long associationsRelayed,
                          long membersRelayed) {
}
