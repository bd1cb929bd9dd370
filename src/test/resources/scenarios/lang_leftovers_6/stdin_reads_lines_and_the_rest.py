# sys.stdin (the TextIOWrapper over the run's standard input): readline with and without a size,
# iteration, read, readlines, its attributes and refcounts; input() reads the same text.
import sys
from sys import stdin
print(sys.getrefcount(sys.stdin), sys.stdin is sys.__stdin__, stdin is sys.stdin, sys.stdin.isatty(), sys.stdin.fileno())
print(sys.stdin.readable(), sys.stdin.writable(), sys.stdin.encoding, sys.stdin.name, sys.stdin.mode, sys.stdin.closed)
n = int(sys.stdin.readline())
words = []
for _ in range(n):
    words.append(stdin.readline().strip())
print(words, [len(w) for w in words])
print(repr(sys.stdin.readline(3)), repr(sys.stdin.readline()))
numbers = list(map(int, sys.stdin.readline().split()))
print(sum(numbers), max(numbers))
total = 0
for line in sys.stdin:
    if not line.strip():
        continue
    total += len(line)
print(total, repr(sys.stdin.read()), sys.stdin.readlines(), repr(sys.stdin.readline()))
print(sys.getrefcount(stdin), repr(sys.stdin))
try:
    sys.stdin.readline(size=2)
except TypeError as e:
    print(e)
try:
    sys.stdin.read("a")
except TypeError as e:
    print(e)
print(input("never reached? ") if False else "done")
