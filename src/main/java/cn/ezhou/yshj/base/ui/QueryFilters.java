package cn.ezhou.yshj.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * A list's filter given in its address ({@code office/inbox?state=SUBMITTED}): the workbench links
 * to lists filtered this way, and the list sets its own filter fields from the address, so the filter
 * shows as applied and can be changed like any other. An unknown value is ignored.
 */
public final class QueryFilters {

    /** The parameter of a yes/no filter, e.g. {@code briefings?only=unread}. */
    public static final String ONLY = "only";

    private QueryFilters() {
    }

    public static Optional<String> value(BeforeEnterEvent event, String name) {
        return event.getLocation().getQueryParameters().getSingleParameter(name).filter(v -> !v.isBlank());
    }

    public static <E extends Enum<E>> Optional<E> value(BeforeEnterEvent event, String name, Class<E> type) {
        return value(event, name).flatMap(v -> Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(v)).findFirst());
    }

    /** Whether the address asks for {@code ?only=<what>}. */
    public static boolean only(BeforeEnterEvent event, String what) {
        return value(event, ONLY).map(what::equals).orElse(false);
    }

    /** The address of a list with one filter, e.g. {@code link("office/inbox", "state", "SUBMITTED")}. */
    public static String link(String path, String name, String value) {
        return path + "?" + QueryParameters.simple(Map.of(name, value)).getQueryString();
    }
}
