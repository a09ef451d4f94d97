package com.cp1ki.io.project;

import com.cp1ki.io.project.v2.ProjectDto;
import com.cp1ki.io.project.v2.ProjectMapperV2;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;

/**
 * The JSON side of project files: one configured Jackson mapper, the read pipeline
 * (limits, tree, version check, migration, DTO binding, mapping) and the writer.
 */
final class ProjectJson {

    /** Largest project file read, in bytes (also checked on the file size before reading). */
    static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;
    static final int MAX_NESTING_DEPTH = 64;
    static final int MAX_STRING_LENGTH = 1024 * 1024;
    static final int MAX_NUMBER_LENGTH = 100;
    static final int MAX_NAME_LENGTH = 1000;

    static final ObjectMapper MAPPER = mapper();
    private static final ObjectWriter WRITER = MAPPER.writer(printer());

    private ProjectJson() {
    }

    private static ObjectMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxDocumentLength(MAX_DOCUMENT_BYTES)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        SimpleModule numbers = new SimpleModule("cp1ki-numbers");
        numbers.addSerializer(Double.class, new DoubleSerializer());
        numbers.addSerializer(Double.TYPE, new DoubleSerializer());
        numbers.addSerializer(double[].class, new DoubleArraySerializer());
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .addModule(numbers)
                // a number or true/false where text belongs ("name": 5) is an error, not the text "5"
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
    }

    private static DefaultPrettyPrinter printer() {
        Separators sep = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withSeparators(sep);
        pp.indentObjectsWith(new DefaultIndenter("  ", "\n"));
        return pp;
    }

    /** Reads a whole document; every failure is a {@link ProjectFileException} naming {@code file}. */
    static ProjectDocument read(String json, String file, String shortName) throws ProjectFileException {
        if (json.length() > MAX_DOCUMENT_BYTES) {
            throw new ProjectFileException(file, "", shortName + " is larger than the "
                    + (MAX_DOCUMENT_BYTES >> 20) + " MB a project file may be");
        }
        if (json.isBlank()) {
            throw new ProjectFileException(file, "", shortName + " is empty; a project file is a JSON object");
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw JacksonErrors.syntax(e, file, shortName);
        }
        if (!(tree instanceof ObjectNode root)) {
            throw new ProjectFileException(file, "", shortName + " is not a CP1Ki project: it holds a JSON "
                    + tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ", not an object");
        }
        int version = version(root, file, shortName);
        ObjectNode current = Migrations.upgrade(root, version);
        ProjectDto dto;
        try {
            dto = MAPPER.treeToValue(current, ProjectDto.class);
        } catch (JsonProcessingException e) {
            throw JacksonErrors.binding(e, current, file, shortName);
        } catch (IllegalArgumentException e) {
            throw new ProjectFileException(file, "", shortName + ": " + e.getMessage(), e);
        }
        try {
            return ProjectMapperV2.fromDto(dto);
        } catch (FieldError e) {
            throw new ProjectFileException(file, e.location(), shortName + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // a record invariant the mappers did not place; still one sentence, never a stack trace
            throw new ProjectFileException(file, "", shortName + ": " + e.getMessage(), e);
        }
    }

    private static int version(ObjectNode root, String file, String name) throws ProjectFileException {
        JsonNode v = root.get("formatVersion");
        if (v == null || v.isNull()) {
            throw new ProjectFileException(file, "formatVersion", name
                    + " has no formatVersion, so it is not a CP1Ki project file (or it is damaged)");
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new ProjectFileException(file, "formatVersion", name + ": formatVersion must be a whole number, was "
                    + v);
        }
        int version = v.intValue();
        if (version > Migrations.CURRENT) {
            throw new ProjectFileException(file, "formatVersion", name + " was written by a newer version (format "
                    + version + "); this version reads format " + Migrations.CURRENT + " and older");
        }
        if (version < 1) {
            throw new ProjectFileException(file, "formatVersion", name + ": formatVersion " + version
                    + " does not exist; formats start at 1");
        }
        return version;
    }

    /** Pretty-printed JSON with keys in the DTOs' declared order and a final newline. */
    static String write(ProjectDocument doc) {
        try {
            return WRITER.writeValueAsString(ProjectMapperV2.toDto(doc)) + "\n";
        } catch (JsonProcessingException e) {
            // DTOs of plain values always serialise; reaching here is a programming error.
            throw new IllegalStateException("cannot write project as JSON", e);
        }
    }

    /** Whole doubles as integers (10000 rather than 10000.0); others as Java's shortest round-trip form. */
    private static final class DoubleSerializer extends StdSerializer<Double> {
        private static final long serialVersionUID = 1L;

        DoubleSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double v, JsonGenerator g, SerializerProvider p) throws IOException {
            number(v, g);
        }

        static void number(double v, JsonGenerator g) throws IOException {
            if (v == Math.rint(v) && Math.abs(v) < 1e15 && !(v == 0 && 1 / v < 0)) {
                g.writeNumber((long) v);
            } else {
                g.writeNumber(v);
            }
        }
    }

    private static final class DoubleArraySerializer extends StdSerializer<double[]> {
        private static final long serialVersionUID = 1L;

        DoubleArraySerializer() {
            super(double[].class);
        }

        @Override
        public void serialize(double[] values, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartArray(values, values.length);
            for (double v : values) {
                DoubleSerializer.number(v, g);
            }
            g.writeEndArray();
        }
    }
}
