# Advent-of-Code style strategy guide, read line by line with input() until EOF.
SCORE = {"X": 1, "Y": 2, "Z": 3}
BEATS = {"A": "Z", "B": "X", "C": "Y"}
SAME = {"A": "X", "B": "Y", "C": "Z"}
LOSES = {v: k for k, v in BEATS.items()}


def outcome(them, me):
    if SAME[them] == me:
        return 3
    if BEATS[them] == me:
        return 0
    return 6


def choose(them, goal):
    if goal == "Y":
        return SAME[them]
    if goal == "X":
        return BEATS[them]
    for mine in "XYZ":
        if outcome(them, mine) == 6:
            return mine


rounds = []
while True:
    try:
        line = input()
    except EOFError:
        break
    if not line.strip():
        continue
    them, me = line.split()
    rounds.append((them, me))

part1 = sum(SCORE[me] + outcome(them, me) for them, me in rounds)
part2 = 0
for them, goal in rounds:
    mine = choose(them, goal)
    part2 += SCORE[mine] + outcome(them, mine)
print(len(rounds), "rounds")
print("part 1:", part1)
print("part 2:", part2)
print(LOSES)
