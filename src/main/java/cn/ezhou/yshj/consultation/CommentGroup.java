package cn.ezhou.yshj.consultation;

import cn.ezhou.yshj.base.ChineseTerms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Comments on the same article that say the same thing, so a department answering many can answer
 * a group at once (each comment still gets its own recorded answer). Two comments are alike when
 * at least {@value #ALIKE_PERCENT} % of the words of the two together are shared; a group is every
 * comment linked to another by that, on one article (or on the whole draft).
 *
 * @param sharedTerms words every comment of the group uses, for the group's heading
 */
public record CommentGroup(Long partId, List<CommentRecord> comments, List<String> sharedTerms) {

    static final int ALIKE_PERCENT = 40;

    public CommentGroup {
        comments = List.copyOf(comments);
        sharedTerms = List.copyOf(sharedTerms);
    }

    /** The comments grouped in their order; a comment like no other stands in a group of its own. */
    public static List<CommentGroup> of(List<CommentRecord> comments) {
        Map<Long, List<CommentRecord>> byPart = new LinkedHashMap<>();
        comments.forEach(c -> byPart.computeIfAbsent(c.partId() == null ? -1L : c.partId(), p -> new ArrayList<>()).add(c));
        List<CommentGroup> groups = new ArrayList<>();
        for (List<CommentRecord> onPart : byPart.values()) {
            List<Set<String>> words = onPart.stream()
                    .map(c -> ChineseTerms.of(c.body() + "\n" + Objects.toString(c.proposedWording(), ""))).toList();
            int[] root = new int[onPart.size()];
            for (int i = 0; i < root.length; i++) {
                root[i] = i;
            }
            for (int i = 0; i < root.length; i++) {
                for (int j = i + 1; j < root.length; j++) {
                    if (alike(words.get(i), words.get(j))) {
                        root[find(root, j)] = find(root, i);
                    }
                }
            }
            Map<Integer, List<Integer>> members = new LinkedHashMap<>();
            for (int i = 0; i < root.length; i++) {
                members.computeIfAbsent(find(root, i), r -> new ArrayList<>()).add(i);
            }
            for (List<Integer> group : members.values()) {
                Set<String> shared = new LinkedHashSet<>(words.get(group.getFirst()));
                group.forEach(i -> shared.retainAll(words.get(i)));
                groups.add(new CommentGroup(onPart.getFirst().partId(), group.stream().map(onPart::get).toList(),
                        group.size() > 1 ? shared.stream().limit(5).toList() : List.of()));
            }
        }
        return groups;
    }

    static boolean alike(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        long common = a.stream().filter(b::contains).count();
        long union = a.size() + b.size() - common;
        return common * 100 >= ALIKE_PERCENT * union;
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }
}
