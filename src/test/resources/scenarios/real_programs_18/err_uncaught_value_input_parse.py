# Parsing a "CSV" row by hand: int() of a field that is not a number.
rows = ["ana,23,A", "bo,31,B", "cy,twenty,C"]
total = 0
for row in rows:
    name, age, group = row.split(",")
    print(f"{name}: {age}")
    total += int(age)
print(total)
