package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.submission.InboxFilter;
import java.util.List;

/** The inbox queries, built for the filters given so that each uses its index and reads one page. */
public interface SubmissionLists {

    List<Submission> officeInbox(InboxFilter filter, int offset, int limit);

    List<Submission> unitInbox(String unitCode, InboxFilter filter, int offset, int limit);

    List<Submission> submitterList(String username, InboxFilter filter, int offset, int limit);
}
