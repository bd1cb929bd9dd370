# Ordering comparison between str and int.
print(sorted([3, 1]))
print("a" < 1)
