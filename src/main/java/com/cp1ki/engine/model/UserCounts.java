package com.cp1ki.engine.model;

import java.util.Arrays;

/** Imported per-user monthly inference counts (each with a weight: users it stands for). */
public final class UserCounts implements UsageDistribution {
    private final double[] usage;
    private final double[] users;

    public UserCounts(double[] usage, double[] users) {
        if (usage.length == 0 || usage.length != users.length) {
            throw new InvalidInputException("user counts", "user counts need at least one row, with a weight for each");
        }
        for (int k = 0; k < usage.length; k++) {
            Check.nonNegative("usage of user row " + (k + 1), usage[k]);
            Check.positive("users of row " + (k + 1), users[k]);
        }
        this.usage = usage.clone();
        this.users = users.clone();
    }

    public int size() {
        return usage.length;
    }

    public double usage(int k) {
        return usage[k];
    }

    public double users(int k) {
        return users[k];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserCounts u && Arrays.equals(usage, u.usage) && Arrays.equals(users, u.users);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(usage) * 31 + Arrays.hashCode(users);
    }
}
