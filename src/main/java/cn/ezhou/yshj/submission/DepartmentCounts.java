package cn.ezhou.yshj.submission;

/**
 * What waits for one department: items it leads and has yet to sign, items it leads and has to
 * answer (of those, how many are due soon and how many overdue), and items on which its input as a
 * co-department is asked and not yet given; {@code signLate}: of those to sign, how many were assigned more
 * than the one working day a department has to sign. Each figure is the length of the matching
 * {@link DepartmentTask} list.
 */
public record DepartmentCounts(long toSign, long toAnswer, long answerDueSoon, long answerOverdue, long inputAsked,
                               long signLate) {

    public static final DepartmentCounts NONE = new DepartmentCounts(0, 0, 0, 0, 0, 0);
}
