package io.newspipe.streams.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * The PromQL expressions of the ops files: every panel target and query variable of the Grafana
 * dashboard and every rule of the Prometheus rule files, plus the rewrites the tests need
 * (dashboard variables substituted, comparisons turned into {@code bool} so an alert expression
 * returns data whenever its inputs exist, firing or not).
 */
final class OpsExpressions {
    static final Path DASHBOARD = Path.of("ops", "grafana", "dashboards", "newspipe.json");
    static final Path RULES = Path.of("ops", "prometheus", "rules", "newspipe-alerts.yml");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?");
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\((.+),\\s*([A-Za-z_][A-Za-z0-9_]*)\\)");

    private OpsExpressions() {
    }

    /** One expression and where it comes from. */
    record Expr(String source, String expr) {
    }

    static JsonNode dashboard(Path root) throws IOException {
        return new ObjectMapper().readTree(root.resolve(DASHBOARD).toFile());
    }

    /** All panels, rows' nested panels included. */
    static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode p : dashboard.path("panels")) {
            out.add(p);
            p.path("panels").forEach(out::add);
        }
        return out;
    }

    /** Every target expression of the dashboard's panels, titled by panel. */
    static List<Expr> dashboardTargets(JsonNode dashboard) {
        List<Expr> out = new ArrayList<>();
        for (JsonNode p : panels(dashboard)) {
            for (JsonNode t : p.path("targets")) {
                out.add(new Expr("panel '" + p.path("title").asText() + "' " + t.path("refId").asText(),
                        t.path("expr").asText()));
            }
        }
        return out;
    }

    /** The PromQL part of each query variable ({@code label_values(<expr>, label)} gives the expr). */
    static List<Expr> variableQueries(JsonNode dashboard) {
        List<Expr> out = new ArrayList<>();
        for (JsonNode v : dashboard.path("templating").path("list")) {
            if (!"query".equals(v.path("type").asText())) {
                continue;
            }
            JsonNode q = v.path("query");
            String text = q.isTextual() ? q.asText() : q.path("query").asText();
            Matcher m = LABEL_VALUES.matcher(text.strip());
            out.add(new Expr("variable " + v.path("name").asText(), m.matches() ? m.group(1) : text));
        }
        return out;
    }

    /** Every rule's expression in {@code rulesFile}, by alert or record name. */
    @SuppressWarnings("unchecked")
    static List<Expr> rules(Path rulesFile) throws IOException {
        List<Expr> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(rulesFile, StandardCharsets.UTF_8)) {
            Map<String, Object> doc = new Yaml().load(r);
            for (Map<String, Object> group : (List<Map<String, Object>>) doc.get("groups")) {
                for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                    Object name = rule.containsKey("alert") ? rule.get("alert") : rule.get("record");
                    out.add(new Expr("rule " + name, String.valueOf(rule.get("expr")).strip()));
                }
            }
        }
        return out;
    }

    /** Names of the variables an expression or datasource uses ({@code $x} and {@code ${x}}). */
    static List<String> variablesIn(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Substitutes dashboard variables with concrete values. */
    static String substitute(String expr, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(expr);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalArgumentException("no value for $" + m.group(1) + " in " + expr);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Values for the built-in Grafana variables and the dashboard's own, for querying Prometheus. */
    static Map<String, String> testValues() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("__rate_interval", "30s");
        v.put("__interval", "5s");
        v.put("__range", "5m");
        v.put("group", ".+");
        v.put("datasource", "prometheus");
        return v;
    }

    /**
     * Turns every comparison outside label matchers and strings into its {@code bool} form, so the
     * expression returns 0/1 samples instead of filtering them away: "returns data" then means all
     * the series it needs exist.
     */
    static String withBoolComparisons(String expr) {
        StringBuilder out = new StringBuilder();
        int braces = 0;
        char quote = 0;
        for (int i = 0; i < expr.length(); i++) {
            char c = expr.charAt(i);
            if (quote != 0) {
                out.append(c);
                if (c == '\\' && i + 1 < expr.length()) {
                    out.append(expr.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '"' || c == '\'' || c == '`') {
                quote = c;
            } else if (c == '{') {
                braces++;
            } else if (c == '}') {
                braces--;
            }
            int len = braces == 0 ? comparisonLength(expr, i) : 0;
            if (len == 0) {
                out.append(c);
                continue;
            }
            out.append(expr, i, i + len);
            i += len - 1;
            if (!expr.substring(i + 1).stripLeading().startsWith("bool")) {
                out.append(" bool");
            }
        }
        return out.toString();
    }

    private static int comparisonLength(String s, int i) {
        String two = i + 2 <= s.length() ? s.substring(i, i + 2) : "";
        if (two.equals("==") || two.equals("!=") || two.equals(">=") || two.equals("<=")) {
            return 2;
        }
        char c = s.charAt(i);
        return c == '>' || c == '<' ? 1 : 0;
    }
}
