package com.cp1ki.engine;

import com.cp1ki.engine.dist.WeightedPercentiles;
import com.cp1ki.engine.model.LognormalUsage;
import com.cp1ki.engine.model.UsageDistribution;
import com.cp1ki.engine.model.UserCounts;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Monthly inferences per user, as the plan maths needs it: mean, quantiles, the expected usage
 * beyond a quota, the share of users inside an interval, and a density for the chart.
 */
interface UsageModel {
    double mean();

    double quantile(double p);

    /** E[max(0, x - q)]. */
    double expectedExcess(double q);

    /** Share of users with a &lt; x &lt; b (b may be infinite). */
    double shareBetween(double a, double b);

    /** Users per unit of usage around x, as a share of all users. */
    double density(double x, double binRatio);

    static UsageModel of(UsageDistribution u) {
        return u instanceof LognormalUsage l ? new Lognormal(l.mu(), l.sigma()) : new Empirical((UserCounts) u);
    }

    /** Lognormal through a median and a p95: closed forms from the standard normal. */
    record Lognormal(double mu, double sigma) implements UsageModel {
        private static final NormalDistribution STD = new NormalDistribution(null, 0, 1);

        @Override
        public double mean() {
            return Math.exp(mu + sigma * sigma / 2);
        }

        @Override
        public double quantile(double p) {
            return Math.exp(mu + sigma * STD.inverseCumulativeProbability(p));
        }

        @Override
        public double expectedExcess(double q) {
            if (q <= 0) {
                return mean() - q;
            }
            if (sigma == 0) {
                return Math.max(0, Math.exp(mu) - q);
            }
            double d2 = (mu - Math.log(q)) / sigma;
            return mean() * STD.cumulativeProbability(d2 + sigma) - q * STD.cumulativeProbability(d2);
        }

        double cdf(double x) {
            if (x <= 0) {
                return 0;
            }
            if (x == Double.POSITIVE_INFINITY) {
                return 1;
            }
            if (sigma == 0) {
                return x >= Math.exp(mu) ? 1 : 0;
            }
            return STD.cumulativeProbability((Math.log(x) - mu) / sigma);
        }

        @Override
        public double shareBetween(double a, double b) {
            if (sigma == 0) {
                double m = Math.exp(mu);
                return a < m && m < b ? 1 : 0;
            }
            return Math.max(0, cdf(b) - cdf(a));
        }

        @Override
        public double density(double x, double binRatio) {
            if (sigma == 0 || x <= 0) {
                return 0;
            }
            double z = (Math.log(x) - mu) / sigma;
            return Math.exp(-z * z / 2) / (x * sigma * Math.sqrt(2 * Math.PI));
        }
    }

    /** Imported per-user counts, each row standing for a number of users. */
    final class Empirical implements UsageModel {
        private final UserCounts u;
        private final double total;
        private final double[] usage;
        private final double[] users;

        Empirical(UserCounts u) {
            this.u = u;
            usage = new double[u.size()];
            users = new double[u.size()];
            double t = 0;
            for (int k = 0; k < u.size(); k++) {
                usage[k] = u.usage(k);
                users[k] = u.users(k);
                t += users[k];
            }
            total = t;
        }

        @Override
        public double mean() {
            double s = 0;
            for (int k = 0; k < usage.length; k++) {
                s += usage[k] * users[k];
            }
            return s / total;
        }

        @Override
        public double quantile(double p) {
            return WeightedPercentiles.of(usage, users, usage.length, p)[0];
        }

        @Override
        public double expectedExcess(double q) {
            double s = 0;
            for (int k = 0; k < usage.length; k++) {
                s += Math.max(0, usage[k] - q) * users[k];
            }
            return s / total;
        }

        @Override
        public double shareBetween(double a, double b) {
            double s = 0;
            for (int k = 0; k < usage.length; k++) {
                if (usage[k] > a && usage[k] < b) {
                    s += users[k];
                }
            }
            return s / total;
        }

        @Override
        public double density(double x, double binRatio) {
            double r = Math.sqrt(binRatio);
            double lo = x / r;
            double hi = x * r;
            double s = 0;
            for (int k = 0; k < usage.length; k++) {
                if (usage[k] >= lo && usage[k] < hi) {
                    s += users[k];
                }
            }
            return s / total / (hi - lo);
        }

        @Override
        public String toString() {
            return "Empirical[" + u.size() + " rows]";
        }
    }
}
