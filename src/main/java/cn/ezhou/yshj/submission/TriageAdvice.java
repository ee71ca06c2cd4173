package cn.ezhou.yshj.submission;

import java.util.List;

/**
 * What the portal would route an item to, for the office to weigh at triage: up to three lead
 * departments, most likely first, and the environment domain the item most likely belongs to
 * ({@code null} when nothing is known). The office always decides.
 */
public record TriageAdvice(List<DepartmentSuggestion> departments, String domainCode) {

    public static final TriageAdvice NONE = new TriageAdvice(List.of(), null);

    public TriageAdvice {
        departments = List.copyOf(departments);
    }

    public List<String> unitCodes() {
        return departments.stream().map(DepartmentSuggestion::unitCode).toList();
    }

    /**
     * One suggested lead department and why: the words of the item it shares with the department's
     * duties or with earlier items it led, and how many of the nearest earlier items it led.
     *
     * @param share the suggestion's part of the advice's total weight, 0–100
     */
    public record DepartmentSuggestion(String unitCode, int share, List<String> sharedTerms, int similarItemsLed,
                                       boolean matchesDuties) {

        public DepartmentSuggestion {
            sharedTerms = List.copyOf(sharedTerms);
        }
    }
}
