# How old is someone on a given day? Compare (month, day) to see if the birthday has passed.
from datetime import date

def age_on(birth, today):
    years = today.year - birth.year
    if (today.month, today.day) < (birth.month, birth.day):
        years -= 1
    return years

birth = date(2001, 7, 19)
for day in [date(2024, 7, 18), date(2024, 7, 19), date(2025, 1, 1)]:
    print(day, age_on(birth, day))
print((date(2024, 7, 19) - birth).days, "days old")
