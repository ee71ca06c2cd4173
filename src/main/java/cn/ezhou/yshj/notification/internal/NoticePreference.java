package cn.ezhou.yshj.notification.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import cn.ezhou.yshj.notification.MailChoice;
import cn.ezhou.yshj.notification.NoticeKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's choice of e-mail for one kind of notice; no row means {@link MailChoice#IMMEDIATE}. */
@Entity
@Table(name = "notice_preference")
public class NoticePreference extends AbstractEntity {

    private String username;
    @Enumerated(EnumType.STRING)
    @Column(name = "notice_kind")
    private NoticeKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "mail_choice")
    private MailChoice choice;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected NoticePreference() {
    }

    public NoticePreference(String username, NoticeKind kind) {
        this.username = username;
        this.kind = kind;
    }

    public void choose(MailChoice choice, Instant now) {
        this.choice = choice;
        this.updatedAt = now;
    }

    public String getUsername() { return username; }
    public NoticeKind getKind() { return kind; }
    public MailChoice getChoice() { return choice; }
}
