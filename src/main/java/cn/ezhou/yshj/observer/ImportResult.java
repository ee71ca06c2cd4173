package cn.ezhou.yshj.observer;

import java.util.List;

/**
 * The outcome of a roster import. With any problem nothing is imported; people already in the corps
 * are listed and skipped, never duplicated.
 */
public record ImportResult(int imported, List<ImportProblem> problems, List<String> alreadyInCorps) {

    public boolean accepted() {
        return problems.isEmpty();
    }
}
