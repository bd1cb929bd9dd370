from datetime import date, datetime

for args in [(2023, 2, 29), (2024, 2, 29), (2024, 13, 1), (0, 1, 1), (2024, 4, 31)]:
    try:
        print(date(*args))
    except ValueError as e:
        print("ValueError:", e)
for args in [(2024, 1, 1, 24), (2024, 1, 1, 1, 60), (2024, 1, 1, 1, 1, 1, 1000000)]:
    try:
        print(datetime(*args))
    except ValueError as e:
        print("ValueError:", e)
try:
    date(2024.0, 1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    date(2024, 1)
except TypeError as e:
    print("TypeError:", e)
