def month_grid(first_weekday, days):
    print(" Mo Tu We Th Fr Sa Su")
    cells = ["   "] * first_weekday + [f"{d:3d}" for d in range(1, days + 1)]
    for i in range(0, len(cells), 7):
        print("".join(cells[i:i + 7]))


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


month_grid(2, 31)
print([y for y in range(1896, 1920, 4) if is_leap(y)], is_leap(2000), is_leap(1900))
print(f"{1234567.891:,.2f} {0.256:.1%} {42:08b} {255:#o} {3.14159:e} {-7:+d}")
print("{:>10}|{:^10}|{:<10}|".format("right", "mid", "left"))
print("%-6s|%6.2f|%03d" % ("pi", 3.14159, 7))
