package cn.ezhou.yshj.bench;

import cn.ezhou.yshj.submission.ItemHit;
import cn.ezhou.yshj.submission.ItemHits;
import cn.ezhou.yshj.submission.ItemQuery;
import cn.ezhou.yshj.submission.SubmissionState;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Checks a page of hits against the database, read by plain JDBC rather than through the index:
 * every hit holds the searched words, meets every filter and, for a department, is one of its
 * items (as lead or co-department). A wrong answer fails the benchmark, since its time means nothing.
 */
final class SearchChecks {

    private record Row(String text, String domain, String district, String state, Instant submittedAt,
                       LocalDate deadline) {
    }

    private final DataSource dataSource;
    private final ZoneId zone;
    private final LocalDate today;

    SearchChecks(DataSource dataSource, ZoneId zone, LocalDate today) {
        this.dataSource = dataSource;
        this.zone = zone;
        this.today = today;
    }

    /** Fails unless every hit is right for the query, and for the unit when it is not null. */
    void check(String what, ItemQuery q, String unit, ItemHits found) throws SQLException {
        List<Long> ids = found.hits().stream().map(h -> h.item().id()).toList();
        if (new HashSet<>(ids).size() != ids.size() || ids.size() > 50 || found.total() < ids.size()) {
            fail(what, "duplicate or too many hits " + ids + " of " + found.total());
        }
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, Row> rows = rows(ids);
        List<String> words = words(q.words().text());
        int needed = words.size() <= 2 ? words.size() : (int) (words.size() * 0.75);
        Set<Long> ofUnit = unit == null ? Set.of() : ofUnit(unit, ids);
        for (ItemHit hit : found.hits()) {
            long id = hit.item().id();
            Row r = rows.get(id);
            if (r == null) {
                fail(what, "item " + id + " is not in the database");
            }
            long held = words.stream().filter(r.text()::contains).count();
            if (held < needed) {
                fail(what, "item " + id + " holds " + held + " of the words " + words + ": " + r.text());
            }
            if (r.state().equals("DRAFT")
                    || q.domainCode() != null && !q.domainCode().equals(r.domain())
                    || q.districtCode() != null && !q.districtCode().equals(r.district())
                    || q.state() != null && !q.state().name().equals(r.state())
                    || q.receivedFrom() != null && r.submittedAt().isBefore(q.receivedFrom().atStartOfDay(zone).toInstant())
                    || q.receivedTo() != null && !r.submittedAt().isBefore(q.receivedTo().plusDays(1).atStartOfDay(zone).toInstant())
                    || q.overdueOnly() && !(r.deadline() != null && r.deadline().isBefore(today)
                            && SubmissionState.DEADLINE_RUNNING.contains(SubmissionState.valueOf(r.state())))) {
                fail(what, "item " + id + " does not meet the filters: " + r);
            }
            if (unit != null && !ofUnit.contains(id)) {
                fail(what, "item " + id + " is not an item of " + unit);
            }
        }
    }

    /** The query cut into words as the index's analyzer cuts it (smartcn, lower case, no punctuation). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (HMMChineseTokenizer tokenizer = new HMMChineseTokenizer()) {
            tokenizer.setReader(new StringReader(text));
            TokenStream stream = tokenizer;
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String w = term.toString().toLowerCase();
                if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    words.add(w);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private Map<Long, Row> rows(List<Long> ids) throws SQLException {
        Map<Long, Row> rows = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                select id, title, body, reply_text, domain_code, district_code, state, submitted_at, deadline
                from submission where id in (%s)""".formatted(marks(ids.size())))) {
            for (int i = 0; i < ids.size(); i++) {
                s.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String text = (rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4)).toLowerCase();
                    Timestamp submitted = rs.getTimestamp(8);
                    rows.put(rs.getLong(1), new Row(text, rs.getString(5), rs.getString(6), rs.getString(7),
                            submitted == null ? null : submitted.toInstant(), rs.getObject(9, LocalDate.class)));
                }
            }
        }
        return rows;
    }

    private Set<Long> ofUnit(String unit, List<Long> ids) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select submission_id from submission_party where unit_code = ? and submission_id in (%s)"
                        .formatted(marks(ids.size())))) {
            s.setString(1, unit);
            for (int i = 0; i < ids.size(); i++) {
                s.setLong(i + 2, ids.get(i));
            }
            Set<Long> found = new HashSet<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getLong(1));
                }
            }
            return found;
        }
    }

    private static String marks(int n) {
        return java.util.Collections.nCopies(n, "?").stream().collect(Collectors.joining(","));
    }

    private static void fail(String what, String why) {
        throw new IllegalStateException("Wrong answer for " + what + ": " + why);
    }
}
