package cn.ezhou.yshj.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a Vaadin Flow browser keeps about one UI, for the load test and the memory benchmark: the
 * UI id and security key from the bootstrap ({@code ?v-r=init}), the server's sync id, the next
 * client id, and the state-tree nodes by their element id, so a test can click what a person
 * clicks. Immutable values are replaced on every response; one instance per UI.
 */
public final class UidlState {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** An item's link as a component renders it, or its id as a grid's template renderer sends it (lr_…_id). */
    private static final Pattern ITEM_LINK = Pattern.compile("\"submissions/(\\d+)\"|\"lr_\\w+_id\":(\\d+)");

    private final int uiId;
    private final String csrfToken;
    private int syncId;
    private int clientId;
    private final Map<String, Integer> nodesById = new HashMap<>();
    private List<Long> itemLinks = List.of();
    private final Set<String> lastIds = new LinkedHashSet<>();
    private final List<String> confirmations = new ArrayList<>();
    private final Map<Integer, Integer> gridSizes = new HashMap<>();

    private UidlState(int uiId, String csrfToken) {
        this.uiId = uiId;
        this.csrfToken = csrfToken;
    }

    /** The state of a new UI from the bootstrap JSON; throws when the response is not one. */
    public static UidlState fromInit(String initJson) {
        JsonNode config = JSON.readTree(initJson).path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (!config.has("v-uiId") || !uidl.has("Vaadin-Security-Key")) {
            throw new IllegalStateException("not a Vaadin bootstrap response: " + abbreviate(initJson));
        }
        UidlState state = new UidlState(config.path("v-uiId").asInt(), uidl.path("Vaadin-Security-Key").asString());
        String problem = state.absorb(uidl);
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        return state;
    }

    /**
     * Takes in a UIDL response: sync and client ids, element ids, item links. Returns what went
     * wrong in the server's words (application error, expired session, resynchronisation), or null.
     */
    public String absorb(String responseBody) {
        String body = responseBody.strip();
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        JsonNode root = JSON.readTree(body);
        return absorb(root.isArray() ? root.path(0) : root);
    }

    private String absorb(JsonNode uidl) {
        JsonNode meta = uidl.path("meta");
        if (meta.has("appError")) {
            return "appError: " + abbreviate(meta.path("appError").toString());
        }
        if (meta.path("sessionExpired").asBoolean(false)) {
            return "sessionExpired";
        }
        if (uidl.path("resynchronize").asBoolean(false) || meta.path("async").asBoolean(false) && !uidl.has("syncId")) {
            return "resynchronize";
        }
        if (uidl.has("syncId")) {
            syncId = uidl.path("syncId").asInt();
        }
        clientId = uidl.has("clientId") ? uidl.path("clientId").asInt() : clientId + 1;
        lastIds.clear();
        for (JsonNode change : uidl.path("changes")) {
            int node = change.path("node").asInt();
            String type = change.path("type").asString("");
            if (type.equals("detach")) {
                nodesById.values().removeIf(n -> n == node);
            } else if (type.equals("put") && change.path("key").asString("").equals("id")
                    && change.path("value").isString()) {
                nodesById.put(change.path("value").asString(), node);
                lastIds.add(change.path("value").asString());
            }
        }
        boolean gridRefreshed = false;
        for (JsonNode call : uidl.path("execute")) {
            int last = call.size() - 1;
            String script = call.path(last).asString("");
            if (last == 2 && script.contains("$connector.updateSize(")) {
                gridSizes.put(call.path(0).path("@v-node").asInt(), call.path(1).asInt());
                gridRefreshed = true;
            }
            if (last == 2 && script.contains("$connector.confirm(")) {
                // A grid's data arrived; the browser confirms it (Grid#confirmUpdate) so the server can let go of older rows.
                confirmations.add(call(call.path(0).path("@v-node").asInt(), "confirmUpdate", "[" + call.path(1).asInt() + "]"));
            }
        }
        Set<Long> links = new LinkedHashSet<>();
        Matcher m = ITEM_LINK.matcher(uidl.toString());
        while (m.find()) {
            links.add(Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        if (gridRefreshed || !links.isEmpty()) {
            itemLinks = new ArrayList<>(links);
        }
        return null;
    }

    /** The request body of one round trip carrying these RPC invocations (JSON objects). */
    public String request(String... rpc) {
        return "{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":[" + String.join(",", rpc) + "],\"syncId\":" + syncId
                + ",\"clientId\":" + clientId + "}";
    }

    /** The navigation the client makes right after the bootstrap, to the route in the address bar. */
    public static String pageLoad(String route, String query) {
        return navigation("/" + route, query, "");
    }

    /** A client-side navigation within the app (a link, a menu entry) to a route such as {@code submissions/12}. */
    public static String navigate(String route, String query) {
        return navigation(route, query, "client");
    }

    private static String navigation(String route, String query, String trigger) {
        return "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"" + query + "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\""
                + trigger + "\"}}";
    }

    /** A click on the node with this element id. */
    public String click(String elementId) {
        return "{\"type\":\"event\",\"node\":" + node(elementId) + ",\"event\":\"click\",\"data\":{}}";
    }

    /** The browser setting a property of the node with this element id (a field's value). */
    public String sync(String elementId, String property, String jsonValue) {
        return "{\"type\":\"mSync\",\"node\":" + node(elementId) + ",\"feature\":1,\"property\":\"" + property
                + "\",\"value\":" + jsonValue + "}";
    }

    /** A call of a {@code @ClientCallable} or published server method, as a web component's connector makes it. */
    public String call(int node, String method, String jsonArgs) {
        return "{\"type\":\"publishedEventHandler\",\"node\":" + node + ",\"templateEventMethodName\":\"" + method
                + "\",\"templateEventMethodArgs\":" + jsonArgs + ",\"promise\":0}";
    }

    /** The confirmations a browser sends at once for the grid data the last answers brought; then forgets them. */
    public String[] takeConfirmations() {
        String[] pending = confirmations.toArray(String[]::new);
        confirmations.clear();
        return pending;
    }

    public boolean hasConfirmations() {
        return !confirmations.isEmpty();
    }

    public int node(String elementId) {
        Integer node = nodesById.get(elementId);
        if (node == null) {
            throw new IllegalStateException("no element with id " + elementId);
        }
        return node;
    }

    /** The number of rows the grid with this element id last announced (an estimate while it does not count). */
    public int gridSize(String elementId) {
        return has(elementId) ? gridSizes.getOrDefault(node(elementId), 0) : 0;
    }

    public boolean has(String elementId) {
        return nodesById.containsKey(elementId);
    }

    /** Whether the last answer created an element with this id (a view or dialog shown anew). */
    public boolean lastAnswerHas(String elementId) {
        return lastIds.contains(elementId);
    }

    public List<Long> itemLinks() {
        return itemLinks;
    }

    public int uiId() {
        return uiId;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
