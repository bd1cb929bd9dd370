# Sorting dates and finding the earliest and latest.
from datetime import date

exams = [date(2024, 6, 3), date(2024, 5, 20), date(2024, 6, 1), date(2023, 12, 11)]
print(sorted(exams))
print(min(exams), max(exams))
print(sorted(exams, reverse=True)[0].isoformat())
print(date(2024, 1, 1) < date(2024, 1, 2), date(2024, 1, 1) == date(2024, 1, 1))
