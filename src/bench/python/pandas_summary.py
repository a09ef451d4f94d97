#!/usr/bin/python3
"""What an analyst would run instead of `cp1ki import`: pandas reads the same CSV and computes the
same summary (count, mean, nearest-rank p50/p90/p95/p99, max of input and output tokens) and, with
--timestamps, the span, request rate and hourly and per-minute peak-to-average (full buckets only,
as the importer does). Used by docs/performance.md ("Token import"); run with Debian's python3
(/usr/bin/python3, package python3-pandas).

usage: /usr/bin/python3 pandas_summary.py FILE [--timestamps]
"""
import sys

import numpy as np
import pandas as pd


def summary(s):
    v = s.to_numpy()
    p = np.percentile(v, [50, 90, 95, 99], method="inverted_cdf")
    return dict(count=len(v), mean=float(v.mean()), p50=p[0], p90=p[1], p95=p[2], p99=p[3], max=int(v.max()))


def peak_to_average(ts, freq):
    counts = ts.dt.floor(freq).value_counts().sort_index()
    counts = counts.reindex(pd.date_range(counts.index[0], counts.index[-1], freq=freq), fill_value=0)
    full = counts.iloc[1:-1]  # first and last buckets are partial
    return float(full.max() / full.mean()) if len(full) >= 2 else None


def main():
    path = sys.argv[1]
    timestamps = "--timestamps" in sys.argv
    cols = ["ContextTokens", "GeneratedTokens"] + (["TIMESTAMP"] if timestamps else [])
    df = pd.read_csv(path, usecols=cols, dtype={"ContextTokens": "int64", "GeneratedTokens": "int64"})
    out = {"input": summary(df["ContextTokens"]), "output": summary(df["GeneratedTokens"])}
    if timestamps:
        ts = pd.to_datetime(df["TIMESTAMP"], format="%Y-%m-%d %H:%M:%S.%f")
        span = (ts.max() - ts.min()).total_seconds()
        out.update(spanSeconds=span, requestsPerSecond=len(ts) / span,
                   peakToAverageHourly=peak_to_average(ts, "h"), peakToAverageMinute=peak_to_average(ts, "min"))
    print(out)


if __name__ == "__main__":
    main()
