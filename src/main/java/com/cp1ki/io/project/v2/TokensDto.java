package com.cp1ki.io.project.v2;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A workload's token profile; the {@code kind} property selects the variant. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = TypedMeansDto.class, name = TypedMeansDto.KIND),
        @JsonSubTypes.Type(value = DistributionDto.class, name = DistributionDto.KIND)
})
public sealed interface TokensDto permits TypedMeansDto, DistributionDto {
}
