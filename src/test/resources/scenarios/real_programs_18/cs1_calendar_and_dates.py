# Date lab without the datetime module: leap years, day of week (Zeller), a month calendar.
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]

def weekday(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7  # 0 = Monday

def month_calendar(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20), "Mo Tu We Th Fr Sa Su"]
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)

print([y for y in range(1896, 1920) if is_leap(y)])
print([is_leap(y) for y in (1900, 2000, 2023, 2024)])
print(month_calendar(2024, 2))
print(month_calendar(2023, 10))

def day_of_year(y, m, d):
    return sum(days_in_month(y, k) for k in range(1, m)) + d

print(day_of_year(2024, 12, 31), day_of_year(2023, 3, 1))
names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
print([names[weekday(y, 1, 1)] for y in range(2020, 2026)])
fri13 = [(y, m) for y in (2023, 2024) for m in range(1, 13) if weekday(y, m, 13) == 4]
print(fri13)
