# Advent-of-Code style password policies: "1-3 a: abcde", checked two ways.
import re
from collections import Counter

lines = []
while True:
    try:
        lines.append(input())
    except EOFError:
        break

pattern = re.compile(r"(\d+)-(\d+) (\w): (\w+)")
valid_count = valid_position = 0
for line in lines:
    m = pattern.fullmatch(line)
    if not m:
        print("skipping", repr(line))
        continue
    lo, hi, letter, password = int(m[1]), int(m[2]), m[3], m.group(4)
    count = Counter(password)[letter]
    by_count = lo <= count <= hi
    by_position = (password[lo - 1] == letter) != (password[hi - 1:hi] == letter)
    valid_count += by_count
    valid_position += by_position
    print(f"{password:<12} {letter} x{count}  count={'ok' if by_count else 'bad':<3}  position={'ok' if by_position else 'bad'}")
print("part 1:", valid_count)
print("part 2:", valid_position)
