from operator import attrgetter, itemgetter
from collections import namedtuple

Player = namedtuple("Player", "name team points age")
roster = [
    Player("Ana", "red", 31, 24),
    Player("Ben", "blue", 27, 30),
    Player("Cy", "red", 31, 22),
    Player("Dee", "blue", 40, 28),
    Player("Eli", "green", 12, 35),
    Player("Fay", "green", 27, 19),
]
by_points = sorted(roster, key=attrgetter("points"), reverse=True)
print([p.name for p in by_points])
by_team_then_points = sorted(roster, key=lambda p: (p.team, -p.points, p.name))
for p in by_team_then_points:
    print(f"{p.team:<6}{p.name:<4}{p.points:>3}")
pairs = [(p.name, p.age) for p in roster]
print(sorted(pairs, key=itemgetter(1))[:3])
print(min(roster, key=attrgetter("age")).name, max(roster, key=lambda p: (p.points, -p.age)).name)
stable = sorted(sorted(roster, key=attrgetter("name")), key=attrgetter("points"))
print([p.name for p in stable])
teams = {}
for p in roster:
    teams.setdefault(p.team, []).append(p.points)
print({t: sum(v) for t, v in sorted(teams.items(), key=lambda kv: -sum(kv[1]))})
