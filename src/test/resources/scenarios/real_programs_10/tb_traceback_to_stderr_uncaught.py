import sys

def parse_age(text):
    age = int(text)
    if age < 0:
        raise ValueError(f"age cannot be negative: {age}")
    return age

def load_people(rows):
    people = []
    for row in rows:
        name, age = row.split(":")
        people.append((name, parse_age(age)))
    return people

rows = ["ann:31", "bob:27", "cy:-4"]
print("loading", len(rows), "rows")
try:
    load_people(rows)
except ValueError as e:
    print("handled:", e, file=sys.stderr)
print("ok rows:", load_people(rows[:2]))
print("now a row without a colon", flush=True)
load_people(["dee"])
