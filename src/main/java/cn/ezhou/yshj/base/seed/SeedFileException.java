package cn.ezhou.yshj.base.seed;

/** A reference-data file that cannot be loaded; the message names the file, the line and the reason. */
public class SeedFileException extends RuntimeException {

    public SeedFileException(String file, int line, String reason) {
        super("Reference data file " + file + ", line " + line + ": " + reason);
    }

    public SeedFileException(String file, String reason, Throwable cause) {
        super("Reference data file " + file + ": " + reason, cause);
    }
}
