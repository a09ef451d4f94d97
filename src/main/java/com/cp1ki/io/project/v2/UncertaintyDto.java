package com.cp1ki.io.project.v2;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * How uncertain the project's inputs are (format 3, optional; absent: no ranges, seed 42, 10,000
 * draws, a 20% tornado swing). Written only when it differs from those defaults.
 *
 * @param seed         the Monte Carlo seed, a whole number (64-bit)
 * @param draws        draws per simulation, 1 to 1,000,000
 * @param tornadoSwing how far inputs without a range move either way in a tornado, a share in (0, 1)
 * @param ranges       one per ranged input
 */
@JsonPropertyOrder({"seed", "draws", "tornadoSwing", "ranges"})
public record UncertaintyDto(Long seed, Integer draws, Double tornadoSwing, List<RangeDto> ranges) {

    /**
     * A range on one input.
     *
     * @param field the input's field path, e.g. {@code stacks[GPT-4o].serving.outputPrice} (docs/project-file.md)
     * @param kind  lognormal (low and high are the 5th and 95th percentiles), triangular or uniform
     *              (low and high are the ends); absent: lognormal when low is above 0, else triangular
     * @param low   the low end, in the field's unit
     * @param high  the high end
     * @param mode  triangular only: the most likely value
     */
    @JsonPropertyOrder({"field", "kind", "low", "mode", "high"})
    public record RangeDto(String field, String kind, Double low, Double high, Double mode) {
    }
}
