# The classic: a method that returns None used as if it returned the list.
scores = [88, 72, 95]
ranked = scores.sort()
print("sorted in place:", scores, "returned:", ranked)
top = sorted(scores, reverse=True)[0]
print("top:", top)
print(ranked.reverse())
