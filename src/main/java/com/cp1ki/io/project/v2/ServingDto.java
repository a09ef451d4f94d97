package com.cp1ki.io.project.v2;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** How a stack serves requests; the {@code kind} property selects the variant. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ManagedApiDto.class, name = ManagedApiDto.KIND),
        @JsonSubTypes.Type(value = SelfHostedGpuDto.class, name = SelfHostedGpuDto.KIND)
})
public sealed interface ServingDto permits ManagedApiDto, SelfHostedGpuDto {
}
