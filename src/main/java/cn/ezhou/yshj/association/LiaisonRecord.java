package cn.ezhou.yshj.association;

/** A liaison of an association; {@code username} is empty until the invitation is accepted. */
public record LiaisonRecord(long id, String displayName, String username, String invitationCode) {

    public boolean activated() {
        return username != null;
    }
}
