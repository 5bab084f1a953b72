#!/usr/bin/python3
"""Draws the soak's per-minute samples (bench/soak.sh's soak.csv) into a PNG: heap after GC,
threads, open files and store size against minutes, one panel each, so a leak shows as a slope.
usage: bench/soak_plot.py SOAK_CSV OUT_PNG [TITLE]"""
import csv
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402 (after the backend is chosen)

PANELS = [("heap_after_gc_mb", "heap after GC (MB)"), ("threads", "live threads"),
          ("open_files", "open files"), ("store_mb", "store size (MB)")]


def main(source, target, title):
    with open(source, newline="") as f:
        rows = list(csv.DictReader(f))
    minutes = [int(r["minute"]) for r in rows]
    fig, axes = plt.subplots(len(PANELS), 1, figsize=(7, 8), sharex=True)
    for ax, (column, label) in zip(axes, PANELS):
        ax.plot(minutes, [float(r[column]) for r in rows], marker="o")
        ax.set_ylabel(label)
        ax.set_ylim(bottom=0)
        ax.grid(True, alpha=0.3)
    axes[-1].set_xlabel("minute")
    fig.suptitle(title)
    fig.tight_layout()
    fig.savefig(target, dpi=100)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "soak")
