# An error raised inside merge's frame (items that cannot be compared) ends the program from the
# line that asked for the next item.
import heapq

merged = heapq.merge([1, 5], [2, "six"])
print(next(merged), next(merged))
for x in merged:
    print(x)
