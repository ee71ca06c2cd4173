package cn.ezhou.yshj.directory;

/** What an organisational unit is; groupings only structure the tree. */
public enum OrgUnitKind {
    OFFICE, OFFICE_GROUP, DEPARTMENT_GROUP, DEPARTMENT, DISTRICT_GROUP, DISTRICT, FUNCTIONAL_ZONE;

    /** Units that can handle submissions and hold department users. */
    public boolean isResponsibleUnit() {
        return this == OFFICE || this == OFFICE_GROUP || this == DEPARTMENT || this == DISTRICT
                || this == FUNCTIONAL_ZONE;
    }
}
