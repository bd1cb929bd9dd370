from collections import Counter
votes = Counter()
for v in ["red", "blue", "red", "green", "blue", "red"]:
    votes[v] += 1
print(votes)
print(votes.most_common())
del votes["green"]
print(votes, len(votes))
print(Counter(a=3, b=1))
print(list(Counter("banana").elements()))
