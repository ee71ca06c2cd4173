package cn.ezhou.yshj.attachment.internal;

import java.util.List;

/**
 * What a copy of the directory's files to the bucket did: files copied and verified, files
 * skipped because the bucket already held the same bytes, and one line per file that failed.
 */
record MigrationReport(int copied, int skipped, List<String> failures) {

    int failed() {
        return failures.size();
    }

    @Override
    public String toString() {
        return "copied " + copied + ", skipped " + skipped + " (already in the bucket, same checksum), failed " + failed();
    }
}
