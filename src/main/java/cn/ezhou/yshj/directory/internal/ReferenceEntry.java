package cn.ezhou.yshj.directory.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import cn.ezhou.yshj.directory.ReferenceEntryRecord;
import cn.ezhou.yshj.directory.ReferenceItem;
import cn.ezhou.yshj.directory.ReferenceList;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One entry of a reference list; entries missing from the seed file are deactivated, never deleted
 * (items and associations keep their codes). Once an administrator has created or changed an entry,
 * the seed file no longer touches it.
 */
@Entity
@Table(name = "reference_item")
public class ReferenceEntry extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "list_code", nullable = false, length = 32)
    private ReferenceList list;
    @Column(nullable = false, length = 32)
    private String code;
    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;
    @Column(name = "name_en", length = 150)
    private String nameEn;
    @Column(name = "sort_order", nullable = false)
    private int sort;
    @Column(nullable = false)
    private boolean active = true;
    @Column(name = "edited_by_admin", nullable = false)
    private boolean editedByAdmin;

    protected ReferenceEntry() {
    }

    public ReferenceEntry(ReferenceList list, String code) {
        this.list = list;
        this.code = code;
    }

    public boolean apply(String nameZh, String nameEn, int sort) {
        if (active && nameZh.equals(this.nameZh) && nameEn.equals(this.nameEn) && sort == this.sort) {
            return false;
        }
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.sort = sort;
        this.active = true;
        return true;
    }

    public void editByAdmin(String nameZh, String nameEn, int sort, boolean active) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.sort = sort;
        this.active = active;
        this.editedByAdmin = true;
    }

    public boolean isEditedByAdmin() {
        return editedByAdmin;
    }

    public boolean deactivate() {
        boolean was = active;
        active = false;
        return was;
    }

    public String getCode() {
        return code;
    }

    public ReferenceEntryRecord toRecord() {
        return new ReferenceEntryRecord(getId(), getVersion(), list, code, nameZh, nameEn, sort, active, editedByAdmin);
    }

    public ReferenceItem toItem() {
        return new ReferenceItem(list, code, nameZh, nameEn, sort);
    }
}
