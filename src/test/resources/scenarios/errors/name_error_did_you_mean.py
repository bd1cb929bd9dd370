# An uncaught NameError ends with 3.11's suggestion, taken from the failing frame's locals first,
# then the module's globals, then the builtins; str(e) has no suggestion, e.name is the name.
def average(numbers):
    total = 0
    for n in numbers:
        total += n
    try:
        return totl / len(numbers)
    except NameError as e:
        print("caught:", e, "| name:", e.name)
    return total / lenght(numbers)

print(average([1, 2, 3]))
