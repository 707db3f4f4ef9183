package org.khumkha.render;

import java.util.List;
import java.util.Optional;

/**
 * What the result-chain diagram shows: inputs → processes → outputs → outcomes → impacts, left to right, with each
 * element's place from {@link LayeredLayout}; every link says whether the MOU states it or Khumkha modelled it; outcomes
 * and impacts carry the code of the indicator that measures them. Read by {@link ResultChainViewReader}; served as JSON
 * by {@code GET /api/views/result-chain}; drawn by {@link ResultChainPicture}.
 *
 * @param levels     the five chain levels, 1-5, with their Thai and English names
 * @param indicators the evaluation-matrix indicators (definition, formula, target)
 */
public record ResultChainView(String organization, String orgId, List<Level> levels, List<Element> elements,
                              List<Link> links, List<Indicator> indicators) {

    public ResultChainView {
        levels = List.copyOf(levels);
        elements = List.copyOf(elements);
        links = List.copyOf(links);
        indicators = List.copyOf(indicators);
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Optional<Element> element(String id) {
        return elements.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** A chain level: 1 input, 2 process, 3 output, 4 outcome, 5 impact. */
    public record Level(int level, String kind, String label, String labelEn) {}

    /**
     * One chain element.
     *
     * @param level     1-5
     * @param row       its place in its column after crossing reduction, centred on 0 (… -1, 0, 1 …; halves for even counts)
     * @param indicator the code of the matrix indicator that measures it (O1 … I4), or null
     */
    public record Element(String id, String kind, int level, double row, String label, String labelEn, String indicator) {}

    /**
     * A link between two chain elements (kk:leadsTo or a sub-property).
     *
     * @param modelled Khumkha modelled it; false when the MOU states it
     */
    public record Link(String from, String to, String property, boolean modelled) {}

    /** An outcome or impact indicator of the evaluation matrix, as the MOU writes it. */
    public record Indicator(String id, String code, String kind, String label, String labelEn, String definition,
                            String definitionEn, String formula, String formulaEn, String targetText, Integer targetYear,
                            String unit, String unitEn) {}
}
