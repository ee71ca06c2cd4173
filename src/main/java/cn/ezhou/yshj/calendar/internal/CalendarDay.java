package cn.ezhou.yshj.calendar.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import cn.ezhou.yshj.calendar.CalendarDayRecord;
import cn.ezhou.yshj.calendar.DayKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day that departs from the Monday–Friday rule, from the seed file or edited by an administrator. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay extends AbstractEntity {

    @Column(name = "calendar_date", nullable = false, unique = true)
    private LocalDate day;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DayKind kind;
    @Column(name = "name_zh")
    private String nameZh;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "edited_by_admin", nullable = false)
    private boolean editedByAdmin;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate day) {
        this.day = day;
    }

    /** Applies a seed-file line; returns whether anything changed. Never touches a day an administrator edited. */
    public boolean applySeed(DayKind kind, String nameZh, String nameEn) {
        if (editedByAdmin || (kind == this.kind && nameZh.equals(this.nameZh) && nameEn.equals(this.nameEn))) {
            return false;
        }
        this.kind = kind;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        return true;
    }

    public void editByAdmin(DayKind kind, String nameZh, String nameEn) {
        this.kind = kind;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.editedByAdmin = true;
    }

    public LocalDate getDay() {
        return day;
    }

    public DayKind getKind() {
        return kind;
    }

    public boolean isEditedByAdmin() {
        return editedByAdmin;
    }

    public CalendarDayRecord toRecord() {
        return new CalendarDayRecord(day, kind, nameZh, nameEn, editedByAdmin);
    }
}
