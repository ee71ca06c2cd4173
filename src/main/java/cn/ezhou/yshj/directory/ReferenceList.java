package cn.ezhou.yshj.directory;

/** The plan's fixed vocabularies, each loaded from its own seed file. */
public enum ReferenceList {
    OBSERVER_CATEGORY("observer-categories.csv"),
    SUBMISSION_CHANNEL("submission-channels.csv"),
    ENVIRONMENT_DOMAIN("environment-domains.csv"),
    INDUSTRY_TAG("industry-tags.csv");

    private final String seedFile;

    ReferenceList(String seedFile) {
        this.seedFile = seedFile;
    }

    public String seedFile() {
        return seedFile;
    }
}
