DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
NAMES = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def day_of_year(y, m, d):
    if not 1 <= m <= 12:
        raise ValueError(f"bad month {m}")
    limit = DAYS[m - 1] + (m == 2 and is_leap(y))
    if not 1 <= d <= limit:
        raise ValueError(f"{NAMES[m - 1]} {y} has {limit} days, not {d}")
    return sum(DAYS[: m - 1]) + d + (m > 2 and is_leap(y))

def weekday(y, m, d):
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    y -= m < 3
    return (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d) % 7

print([y for y in range(1896, 1912) if is_leap(y)], is_leap(2000), is_leap(2100))
for date in ((2024, 3, 1), (2023, 12, 31), (2024, 12, 31), (2023, 2, 29), (2024, 13, 1)):
    try:
        n = day_of_year(*date)
        wd = "Sun Mon Tue Wed Thu Fri Sat".split()[weekday(*date)]
        print(date, "day", n, wd)
    except ValueError as e:
        print(date, "error:", e)
