# a leaderboard: records sorted by team with itemgetter, grouped with groupby, best score per team with max(key=itemgetter); the records keep their counts
import sys
from itertools import groupby
from operator import itemgetter

scores = [("red", "ann", 31), ("blue", "bo", 27), ("red", "cy", 45), ("blue", "di", 39), ("green", "ed", 12)]
by_team = itemgetter(0)
scores.sort(key=by_team)
for team, members in groupby(scores, key=by_team):
    members = list(members)
    best = max(members, key=itemgetter(2))
    print(team, [m[1] for m in members], "best:", best[1], best[2])
top = sorted(scores, key=itemgetter(2), reverse=True)[:3]
print([name for _, name, _ in top])
print("record refcount", sys.getrefcount(scores[0]))
name_and_score = itemgetter(1, 2)
print(list(map(name_and_score, scores)))
