package com.cp1ki.io.project;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class MigrationsTest {

    @Test
    void aCurrentFormatTreeIsNotChanged() {
        ObjectNode tree = JsonNodeFactory.instance.objectNode().put("formatVersion", Migrations.CURRENT);
        assertSame(tree, Migrations.upgrade(tree, Migrations.CURRENT));
    }

    @Test
    void anOldTreePassesThroughEveryLaterStepInOrder() {
        UnaryOperator<ObjectNode> oneToTwo = t -> t.put("formatVersion", 2).put("renamed", t.get("old").asText());
        UnaryOperator<ObjectNode> twoToThree = t -> {
            t.remove("old");
            return t.put("formatVersion", 3);
        };
        ObjectNode v1 = JsonNodeFactory.instance.objectNode().put("formatVersion", 1).put("old", "x");
        ObjectNode v3 = Migrations.upgrade(v1, 1, List.of(oneToTwo, twoToThree));
        assertEquals("{\"formatVersion\":3,\"renamed\":\"x\"}", v3.toString());
        ObjectNode v2 = JsonNodeFactory.instance.objectNode().put("formatVersion", 2).put("old", "y").put("renamed", "y");
        assertEquals("{\"formatVersion\":3,\"renamed\":\"y\"}", Migrations.upgrade(v2, 2, List.of(oneToTwo, twoToThree)).toString());
    }

    @Test
    void theStepsReachExactlyTheCurrentVersion() {
        ObjectNode tree = JsonNodeFactory.instance.objectNode().put("formatVersion", 1);
        assertEquals(Migrations.CURRENT, Migrations.upgrade(tree, 1).get("formatVersion").asInt());
    }

    @Test
    void stepOneToTwoChangesOnlyTheVersion() throws Exception {
        ObjectNode v1 = (ObjectNode) ProjectJson.MAPPER.readTree(ProjectFilesGoldenTest.resource(ProjectFilesGoldenTest.GOLDEN_V1));
        ObjectNode expected = v1.deepCopy().put("formatVersion", 2);
        assertEquals(expected, Migrations.oneToTwo(v1.deepCopy()));
        assertEquals(v1.deepCopy().put("formatVersion", 3), Migrations.upgrade(v1, 1));
    }

    @Test
    void stepTwoToThreeChangesOnlyTheVersion() throws Exception {
        ObjectNode v2 = (ObjectNode) ProjectJson.MAPPER.readTree(ProjectFilesGoldenTest.resource(ProjectFilesGoldenTest.GOLDEN_V2));
        ObjectNode expected = v2.deepCopy().put("formatVersion", 3);
        assertEquals(expected, Migrations.upgrade(v2, 2));
    }
}
