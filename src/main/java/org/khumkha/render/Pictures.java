package org.khumkha.render;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;

import org.khumkha.analytics.AnalysisResult;
import org.khumkha.graph.GraphSource;
import org.khumkha.query.QueryLibrary;

/**
 * The pictures of an organization, as the {@code render} command, the report and the pages' downloads make them: one
 * implementation for all three. The ecosystem needs an analysis, which the caller supplies (the server's is cached).
 */
public final class Pictures {

    /** What to draw. */
    public enum Kind {
        ECOSYSTEM("ecosystem"), RESULT_CHAIN("result-chain");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Kind parse(String s) {
            for (Kind k : values()) {
                if (k.id.equalsIgnoreCase(s == null ? "" : s.strip())) {
                    return k;
                }
            }
            throw new IllegalArgumentException("picture must be ecosystem or result-chain, got: " + s);
        }
    }

    /** How to write it. */
    public enum Format {
        PNG("image/png"), SVG("image/svg+xml");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Format parse(String s) {
            try {
                return valueOf((s == null ? "" : s.strip()).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("image format must be png or svg, got: " + s);
            }
        }

        /** From an output file's extension. */
        public static Format of(Path file) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            if (dot < 0) {
                throw new IllegalArgumentException("--out " + file + ": end the file name with .png or .svg");
            }
            try {
                return parse(name.substring(dot + 1));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--out " + file + ": end the file name with .png or .svg");
            }
        }
    }

    private final QueryLibrary queries;
    private final BiFunction<GraphSource, String, AnalysisResult> analyses;

    /** @param analyses the analysis of an organization from a source (e.g. {@code AnalysisCache::analyze}) */
    public Pictures(QueryLibrary queries, BiFunction<GraphSource, String, AnalysisResult> analyses) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.analyses = Objects.requireNonNull(analyses, "analyses");
    }

    public EcosystemView ecosystem(GraphSource source, String orgId) {
        return new EcosystemViewReader(queries).read(source, analyses.apply(source, orgId));
    }

    public ResultChainView resultChain(GraphSource source, String orgId) {
        return new ResultChainViewReader(queries).read(source, orgId);
    }

    public Picture picture(GraphSource source, String orgId, Kind kind, Language language) {
        return switch (kind) {
            case ECOSYSTEM -> new EcosystemPicture(ecosystem(source, orgId), language).picture();
            case RESULT_CHAIN -> new ResultChainPicture(resultChain(source, orgId), language).picture();
        };
    }

    /** The picture's bytes: PNG drawn by GraphStream, or a self-contained SVG (Thai font embedded). */
    public byte[] render(GraphSource source, String orgId, Kind kind, Format format, Language language) {
        Picture picture = picture(source, orgId, kind, language);
        return format == Format.PNG ? new PngPictureWriter().write(picture) : new SvgPictureWriter(true).write(picture);
    }
}
