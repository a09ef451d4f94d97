package com.cp1ki.engine.uncertainty;

/**
 * How much of an output's spread one ranged input explains: the squared Spearman rank correlation
 * between the input's draws and the output's, divided by the sum of those squares over all ranged
 * inputs (the "contribution to variance" Crystal Ball and @RISK show).
 *
 * @param field the input's field path
 * @param rho   the rank correlation, -1 to 1 (its sign says whether the output rises with the input)
 * @param share rho squared over the sum of all inputs' rho squared, 0 to 1
 */
public record Contribution(String field, double rho, double share) {
}
