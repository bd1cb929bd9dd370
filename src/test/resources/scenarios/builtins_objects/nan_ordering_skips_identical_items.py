# < on lists skips items that are the same object (even a nan) and decides on the next one
x = float("nan")
print([x, 1] < [x, 2], [x, 3] > [x, 2], (x, 1) <= (x, 1))
y = float("nan")
print([x, 1] < [y, 2])
