package cn.ezhou.yshj.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Fills the database with a repeatable set of items (seeded random): all units, all states and
 * types, two years of dates, ~2,000 submitters (the demo observer among them), a lead and sometimes
 * a co-department per assigned item, and a few timeline lines per item; titles, texts and replies
 * from {@link BenchTexts}, so keyword searches find realistic shares of them. Plain JDBC batches.
 */
final class SubmissionDataGenerator {

    static final List<String> UNITS = List.of("FGW", "KJJ", "RSJ", "ZRZYGHJ", "STHJJ", "DFJRJ", "XZSPJ", "XFJ", "JXJ",
            "GSL", "SZZXB", "RMTZX", "JWJW", "DKB", "CZJ", "YBJ", "SWJ", "GZW", "SFJ", "SCJGJ", "ECQ", "HRQ", "LZHQ",
            "GDKFQ", "LKJJQ");
    private static final String[] TYPES = {"SUGGESTION", "COMPLAINT", "LEAD"};
    private static final String[] DOMAINS = {"GOVERNMENT", "MARKET", "RULE_OF_LAW", "OPENNESS", "SOCIAL"};
    /** State and its share in per mille: most items of two years are closed. */
    private static final String[][] STATES = {{"CLOSED", "700"}, {"SUBMITTED", "50"}, {"ASSIGNED", "50"},
            {"SIGNED", "50"}, {"REPLIED", "30"}, {"ANSWERED", "30"}, {"REWORK", "20"}, {"EXTENSION_REQUESTED", "20"},
            {"RETURNED", "20"}, {"REJECTED", "20"}, {"MERGED", "10"}};
    private static final List<String> OPEN_FOR_DEPARTMENT = List.of("ASSIGNED", "SIGNED", "EXTENSION_REQUESTED",
            "REWORK", "REPLIED");
    private static final int BATCH = 2_000;

    private SubmissionDataGenerator() {
    }

    static long count(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement()
                .executeQuery("select count(*) from submission")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void generate(DataSource dataSource, int items, long seed) throws SQLException {
        Random random = new Random(seed);
        // The words draw from a Random of their own, so every other column is what it was before the
        // texts were varied (the submissions and oversight benchmarks read the same data as ever).
        Random wording = new Random(seed + 1);
        BenchTexts texts = new BenchTexts();
        Instant start = Instant.parse("2024-12-01T00:00:00Z");
        long spanSeconds = ChronoUnit.SECONDS.between(start, Instant.parse("2026-11-27T00:00:00Z"));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement item = c.prepareStatement("""
                    insert into submission (id, version, reference_no, type, domain_code, district_code, title, body,
                      channel_code, submitter_username, submitter_name, pseudonym, state, lead_unit, deadline,
                      created_at, submitted_at, closed_at, answered_at, result_type, reply_text, rating)
                    values (?, 0, ?, ?, ?, ?, ?, ?, 'PORTAL', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                 PreparedStatement party = c.prepareStatement("""
                    insert into submission_party (version, submission_id, unit_code, lead, open_item)
                    values (0, ?, ?, ?, ?)""");
                 PreparedStatement event = c.prepareStatement("""
                    insert into submission_event (submission_id, occurred_at, actor, actor_role, action, from_state,
                      to_state, detail, submitter_visible) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (int id = 1; id <= items; id++) {
                    String state = pickState(random);
                    boolean triaged = !List.of("SUBMITTED", "REJECTED", "MERGED", "RETURNED").contains(state);
                    String lead = triaged || state.equals("RETURNED") ? UNITS.get(random.nextInt(UNITS.size())) : null;
                    Instant created = start.plusSeconds((long) (random.nextDouble() * spanSeconds));
                    int submitter = random.nextInt(2_000);
                    String username = submitter == 0 ? "observer" : "bench-" + submitter;
                    boolean answered = state.equals("ANSWERED") || state.equals("CLOSED");
                    item.setLong(1, id);
                    item.setString(2, "SQ%d-%07d".formatted(created.atZone(java.time.ZoneOffset.UTC).getYear(), id));
                    int type = random.nextInt(TYPES.length);
                    item.setString(3, TYPES[type]);
                    item.setString(4, DOMAINS[random.nextInt(DOMAINS.length)]);
                    item.setString(5, random.nextBoolean() ? "ECQ" : null);
                    String[] text = texts.item(wording, lead, type);
                    item.setString(6, text[0]);
                    item.setString(7, text[1]);
                    item.setString(8, username);
                    item.setString(9, "提交人" + submitter);
                    item.setString(10, "GCY-%04d".formatted(submitter));
                    item.setString(11, state);
                    item.setString(12, lead);
                    item.setObject(13, lead == null ? null : LocalDate.ofInstant(created, java.time.ZoneOffset.UTC).plusDays(14));
                    item.setTimestamp(14, Timestamp.from(created));
                    item.setTimestamp(15, Timestamp.from(created.plusSeconds(60)));
                    item.setTimestamp(16, state.equals("CLOSED") || state.equals("REJECTED") || state.equals("MERGED")
                            ? Timestamp.from(created.plus(20, ChronoUnit.DAYS)) : null);
                    item.setTimestamp(17, answered ? Timestamp.from(created.plus(12, ChronoUnit.DAYS)) : null);
                    item.setString(18, answered ? "RESOLVED" : null);
                    item.setString(19, answered ? texts.reply(wording, lead) : null);
                    item.setString(20, state.equals("CLOSED") ? "SATISFIED" : null);
                    item.addBatch();
                    if (lead != null && !state.equals("RETURNED")) {
                        boolean open = OPEN_FOR_DEPARTMENT.contains(state);
                        addParty(party, id, lead, true, open);
                        if (random.nextInt(5) == 0) {
                            addParty(party, id, UNITS.get(random.nextInt(UNITS.size())), false, open);
                        }
                    }
                    int lines = 2 + random.nextInt(4);
                    for (int i = 0; i < lines; i++) {
                        event.setLong(1, id);
                        event.setTimestamp(2, Timestamp.from(created.plus(i, ChronoUnit.DAYS)));
                        event.setString(3, i == 0 ? username : "office");
                        event.setString(4, i == 0 ? "OBSERVER" : "OFFICE");
                        event.setString(5, i == 0 ? "SUBMIT" : "ASSIGN");
                        event.setString(6, i == 0 ? "DRAFT" : "SUBMITTED");
                        event.setString(7, i == 0 ? "SUBMITTED" : "ASSIGNED");
                        event.setString(8, i == 0 ? null : (lead == null ? "FGW" : lead) + " / 2026-01-15");
                        event.setBoolean(9, true);
                        event.addBatch();
                    }
                    if (id % BATCH == 0 || id == items) {
                        item.executeBatch();
                        party.executeBatch();
                        event.executeBatch();
                        c.commit();
                        if (id % 100_000 == 0) {
                            System.out.printf("  generated %,d items%n", id);
                        }
                    }
                }
            }
        }
    }

    private static void addParty(PreparedStatement party, long id, String unit, boolean lead, boolean open)
            throws SQLException {
        party.setLong(1, id);
        party.setString(2, unit);
        party.setBoolean(3, lead);
        party.setBoolean(4, open);
        party.addBatch();
    }

    private static String pickState(Random random) {
        int roll = random.nextInt(1000);
        for (String[] s : STATES) {
            roll -= Integer.parseInt(s[1]);
            if (roll < 0) {
                return s[0];
            }
        }
        return "CLOSED";
    }
}
