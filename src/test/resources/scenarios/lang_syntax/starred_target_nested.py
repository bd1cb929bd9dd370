# Stars inside nested targets, and in a comprehension's target.
(a, *b), c = [1, 2, 3], "c"
print(a, b, c)
pairs = [(1, 2, 3), (4, 5, 6)]
print([rest for first, *rest in pairs])
print({first: rest for first, *rest in pairs})
