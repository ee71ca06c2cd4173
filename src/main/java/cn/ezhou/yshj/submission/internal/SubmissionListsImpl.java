package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.submission.InboxFilter;
import cn.ezhou.yshj.submission.SubmissionState;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * No count queries: the screens scroll lazily, so a page costs one indexed range read even with
 * a million items. Filters are added only when set, so the database sees a plain predicate.
 */
class SubmissionListsImpl implements SubmissionLists {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Submission> officeInbox(InboxFilter filter, int offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        where.add("s.state <> :draft");
        params.put("draft", SubmissionState.DRAFT);
        if (filter.unitCode() != null) {
            where.add("s.leadUnit = :unit");
            params.put("unit", filter.unitCode());
        }
        addCommon(filter, where, params);
        return run("select s from Submission s where " + String.join(" and ", where) + " order by s.id desc",
                params, offset, limit);
    }

    @Override
    public List<Submission> unitInbox(String unitCode, InboxFilter filter, int offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        where.add("p.unitCode = :unit");
        params.put("unit", unitCode);
        if (filter.openOnly()) {
            where.add("p.openItem = true");
        }
        addCommon(filter, where, params);
        return run("select s from SubmissionParty p join Submission s on s.id = p.submissionId where "
                + String.join(" and ", where) + " order by p.submissionId desc", params, offset, limit);
    }

    @Override
    public List<Submission> submitterList(String username, InboxFilter filter, int offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        where.add("s.submitterUsername = :user");
        params.put("user", username);
        addCommon(filter, where, params);
        return run("select s from Submission s where " + String.join(" and ", where) + " order by s.id desc",
                params, offset, limit);
    }

    private static void addCommon(InboxFilter filter, List<String> where, Map<String, Object> params) {
        if (filter.state() != null) {
            where.add("s.state = :state");
            params.put("state", filter.state());
        } else if (filter.openOnly()) {
            where.add("s.state not in :finished");
            params.put("finished", List.of(SubmissionState.REJECTED, SubmissionState.MERGED, SubmissionState.CLOSED));
        }
        if (filter.type() != null) {
            where.add("s.type = :type");
            params.put("type", filter.type());
        }
    }

    private List<Submission> run(String jpql, Map<String, Object> params, int offset, int limit) {
        TypedQuery<Submission> query = em.createQuery(jpql, Submission.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
