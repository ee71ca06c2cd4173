package cn.ezhou.yshj.directory;

/**
 * The reference lists, each seeded from its own file. The plan fixes the first three; industry tags
 * grow with the city's chambers and associations, so administrators keep them on screen.
 */
public enum ReferenceList {
    OBSERVER_CATEGORY("observer-categories.csv", false),
    SUBMISSION_CHANNEL("submission-channels.csv", false),
    ENVIRONMENT_DOMAIN("environment-domains.csv", false),
    INDUSTRY_TAG("industry-tags.csv", true);

    private final String seedFile;
    private final boolean adminEditable;

    ReferenceList(String seedFile, boolean adminEditable) {
        this.seedFile = seedFile;
        this.adminEditable = adminEditable;
    }

    public String seedFile() {
        return seedFile;
    }

    public boolean adminEditable() {
        return adminEditable;
    }
}
