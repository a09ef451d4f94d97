package com.cp1ki.io.project.v2;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Typed mean tokens per inference. */
@JsonPropertyOrder({"inputTokens", "outputTokens"})
public record TypedMeansDto(Double inputTokens, Double outputTokens) implements TokensDto {
    public static final String KIND = "typedMeans";
}
