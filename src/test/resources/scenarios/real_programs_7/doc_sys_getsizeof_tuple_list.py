import sys

for n in range(0, 6):
    t = tuple(range(n))
    l = list(range(n))
    print(n, sys.getsizeof(t), sys.getsizeof(l))

built = []
steps = [(0, sys.getsizeof(built))]
for i in range(20):
    built.append(i)
    if sys.getsizeof(built) != steps[-1][1]:
        steps.append((len(built), sys.getsizeof(built)))
print("resizes at lengths", [n for n, _ in steps[1:]])
print("sizes", [size for _, size in steps])
print(sys.getsizeof(()), sys.getsizeof([]), sys.getsizeof((1,)), sys.getsizeof([1]))
