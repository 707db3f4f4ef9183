package org.khumkha.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * One query of the library, read from {@code queries/NAME.rq}. Its header comment documents it:
 * <pre>
 * # title@th: …
 * # title@en: …
 * # question: what it answers, in a sentence or two (more "# question:" lines continue it)
 * # param: orgId string = codi — the organization's short id
 * </pre>
 */
public record NamedQuery(String name, String titleTh, String titleEn, String question,
                         List<QueryParameter> parameters, String text) {

    private static final Pattern HEADER = Pattern.compile("^#\\s*(title@th|title@en|question|param)\\s*:\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile("^(\\w+)\\s+(\\w+)(?:\\s*=\\s*(\\S.*?))?(?:\\s+[—-]{1,2}\\s+(.*))?\\s*$");

    public NamedQuery {
        Objects.requireNonNull(name, "name");
        parameters = List.copyOf(parameters);
    }

    /** Reads the header and checks the SPARQL parses, so a broken library file is found when it is read. */
    public static NamedQuery parse(String name, String text) {
        String titleTh = "", titleEn = "";
        StringBuilder question = new StringBuilder();
        List<QueryParameter> params = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.startsWith("#")) {
                if (!line.isBlank()) {
                    break;
                }
                continue;
            }
            Matcher m = HEADER.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            String value = m.group(2).strip();
            switch (m.group(1)) {
                case "title@th" -> titleTh = value;
                case "title@en" -> titleEn = value;
                case "question" -> question.append(question.isEmpty() ? "" : " ").append(value);
                default -> params.add(parseParam(name, value));
            }
        }
        if (titleTh.isEmpty() || titleEn.isEmpty()) {
            throw new IllegalArgumentException("queries/" + name + ".rq: the header needs '# title@th:' and '# title@en:' lines");
        }
        NamedQuery q = new NamedQuery(name, titleTh, titleEn, question.toString(), params, text);
        try {
            QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("queries/" + name + ".rq: " + e.getMessage(), e);
        }
        return q;
    }

    private static QueryParameter parseParam(String queryName, String spec) {
        Matcher m = PARAM.matcher(spec);
        if (!m.matches()) {
            throw new IllegalArgumentException("queries/" + queryName + ".rq: cannot read parameter line '" + spec
                    + "' (expected: name type = default — description)");
        }
        return new QueryParameter(m.group(1), QueryParameter.Type.parse(m.group(2)), m.group(3),
                m.group(4) == null ? "" : m.group(4).strip());
    }

    /**
     * The query with its parameters bound: given values first, then declared defaults. Unknown names and bad
     * values are refused with a message naming the parameter.
     */
    public Query bind(Map<String, String> values) {
        Query query = QueryFactory.create(text);
        Map<String, QueryParameter> declared = new LinkedHashMap<>();
        parameters.forEach(p -> declared.put(p.name(), p));
        for (String given : values.keySet()) {
            if (!declared.containsKey(given)) {
                throw new IllegalArgumentException("query '" + name + "' has no parameter '" + given + "'"
                        + (declared.isEmpty() ? " (it takes none)" : " (it takes: " + String.join(", ", declared.keySet()) + ")"));
            }
        }
        Map<Var, Node> bindings = new LinkedHashMap<>();
        for (QueryParameter p : parameters) {
            String raw = values.getOrDefault(p.name(), p.defaultValue());
            if (raw == null) {
                continue; // unbound: the query treats the variable as free (e.g. "all organizations")
            }
            bindings.put(Var.alloc(p.name()), p.toNode(raw, query.getPrefixMapping()));
        }
        if (bindings.isEmpty()) {
            return query;
        }
        Query bound = QueryTransformOps.syntaxSubstitute(query, bindings);
        if (bound.hasOrderBy()) {
            // "ORDER BY ?orgId" would become "ORDER BY "codi"", which other SPARQL servers refuse: a constant orders nothing.
            bound.getOrderBy().removeIf(condition -> condition.getExpression().isConstant());
        }
        if (!query.isQueryResultStar()) {
            // The substitution also projects every bound variable; show only the columns the query's author chose.
            for (Var v : bindings.keySet()) {
                if (!query.getProjectVars().contains(v)) {
                    bound.getProject().remove(v);
                }
            }
        }
        return bound;
    }
}
