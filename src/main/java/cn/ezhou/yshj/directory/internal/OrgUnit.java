package cn.ezhou.yshj.directory.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import cn.ezhou.yshj.directory.OrgUnitKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A node of the organisation tree. Units are deactivated, never deleted: items refer to them. */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 32)
    private String code;
    @Column(name = "parent_code", length = 32)
    private String parentCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private OrgUnitKind kind;
    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;
    @Column(name = "name_en", length = 150)
    private String nameEn;
    @Column(name = "sort_order", nullable = false)
    private int sort;
    @Column(nullable = false)
    private boolean active = true;
    @Column(name = "from_seed", nullable = false)
    private boolean fromSeed;
    @Column(name = "edited_by_admin", nullable = false)
    private boolean editedByAdmin;

    protected OrgUnit() {
    }

    public OrgUnit(String code) {
        this.code = code;
    }

    /** Applies a seed line; returns whether anything changed. A unit an administrator edited keeps its edits. */
    public boolean applySeed(String parentCode, OrgUnitKind kind, String nameZh, String nameEn, int sort) {
        boolean same = fromSeed && active && eq(parentCode, this.parentCode) && kind == this.kind
                && nameZh.equals(this.nameZh) && eq(nameEn, this.nameEn) && sort == this.sort;
        if (same || editedByAdmin) {
            return false;
        }
        this.parentCode = parentCode;
        this.kind = kind;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.sort = sort;
        this.active = true;
        this.fromSeed = true;
        return true;
    }

    public void editByAdmin(String parentCode, OrgUnitKind kind, String nameZh, String nameEn, int sort,
                            boolean active) {
        this.parentCode = parentCode;
        this.kind = kind;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.sort = sort;
        this.active = active;
        this.editedByAdmin = true;
    }

    public void deactivate() {
        this.active = false;
    }

    private static boolean eq(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    public String getCode() {
        return code;
    }

    public String getParentCode() {
        return parentCode;
    }

    public OrgUnitKind getKind() {
        return kind;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getSort() {
        return sort;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isFromSeed() {
        return fromSeed;
    }

    public boolean isEditedByAdmin() {
        return editedByAdmin;
    }
}
