# Advent-of-Code style binary diagnostic: most common bits per column, then filtering by bit criteria.
import sys

report = [line.strip() for line in sys.stdin if line.strip()]
width = len(report[0])


def column_counts(rows, i):
    ones = sum(r[i] == "1" for r in rows)
    return ones, len(rows) - ones


gamma = "".join("1" if column_counts(report, i)[0] >= column_counts(report, i)[1] else "0" for i in range(width))
epsilon = gamma.translate(str.maketrans("01", "10"))
print("gamma", gamma, int(gamma, 2), "epsilon", epsilon, int(epsilon, 2))
print("part 1:", int(gamma, 2) * int(epsilon, 2))


def rating(rows, keep_most):
    i = 0
    while len(rows) > 1:
        ones, zeros = column_counts(rows, i)
        wanted = ("1" if ones >= zeros else "0") if keep_most else ("0" if zeros <= ones else "1")
        rows = [r for r in rows if r[i] == wanted]
        print(f"  bit {i}: keep {wanted!r}, {len(rows)} left")
        i += 1
    return int(rows[0], 2)


oxygen = rating(report, True)
co2 = rating(report, False)
print("oxygen", oxygen, "co2", co2, "part 2:", oxygen * co2)
print(f"{oxygen:05b} {co2:#07b} {oxygen:o} {co2:X}", bin(oxygen ^ co2), (oxygen & co2).bit_count())
