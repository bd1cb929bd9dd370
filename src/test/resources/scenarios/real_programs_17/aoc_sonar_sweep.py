# Advent-of-Code style sonar sweep: count depth increases, singly and over sliding windows.
import sys

depths = [int(line) for line in sys.stdin if line.strip()]
print("readings:", len(depths), "min", min(depths), "max", max(depths))
increases = sum(b > a for a, b in zip(depths, depths[1:]))
print("part 1:", increases)
windows = [sum(depths[i:i + 3]) for i in range(len(depths) - 2)]
print("windows:", windows)
print("part 2:", sum(b > a for a, b in zip(windows, windows[1:])))
print("shortcut:", sum(b > a for a, b in zip(depths, depths[3:])))
labels = ["(N/A - no previous measurement)"] + [
    "(increased)" if b > a else "(decreased)" if b < a else "(no change)" for a, b in zip(depths, depths[1:])]
for d, label in zip(depths, labels):
    print(f"{d:>4} {label}")
