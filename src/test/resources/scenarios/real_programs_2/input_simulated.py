values = ["3", "4"]
total = sum(int(v) for v in values)
print(f"The sum is {total}")
