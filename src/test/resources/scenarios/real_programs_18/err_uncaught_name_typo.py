# A typo in a variable name: 3.11 suggests the name that was meant.
def average(values):
    total = 0
    for value in values:
        total += value
    return total / len(values)

temperatures = [21.5, 23.0, 19.8, 22.4]
print("average:", round(average(temperatures), 2))
maximum = max(temperatures)
print("max:", maximum)
print("spread:", maximum - minimun)
