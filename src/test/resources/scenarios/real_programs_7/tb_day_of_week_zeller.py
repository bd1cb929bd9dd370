from datetime import date

NAMES = ["Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

def zeller(year, month, day):
    if month < 3:
        month += 12
        year -= 1
    k = year % 100
    j = year // 100
    h = (day + 13 * (month + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return NAMES[h]

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

checks = [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1900, 3, 1), (2023, 12, 25)]
for y, m, d in checks:
    mine = zeller(y, m, d)
    lib = date(y, m, d).strftime("%A")
    print(f"{y:04d}-{m:02d}-{d:02d} {mine:<10} {'ok' if mine == lib else 'MISMATCH'}")
print([y for y in range(1896, 1913) if is_leap(y)])
print(sum(is_leap(y) for y in range(2001, 2101)))
