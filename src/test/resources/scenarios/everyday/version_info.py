# sys.version_info is a tuple of five fields that prints with their names and compares with tuples.
import sys
from sys import version_info

vi = sys.version_info
print(vi)
print(vi >= (3, 8), vi < (3, 12), vi[:2], vi.major, vi.minor, vi.micro, vi.releaselevel, vi.serial)
print(type(vi), len(vi), sys.getsizeof(vi), vi == (3, 11, 7, 'final', 0), tuple(vi))
major, minor, *rest = vi
print(major, minor, rest, version_info is vi, vi[0], isinstance(vi, tuple))
print(f"Python {vi.major}.{vi.minor}", sys.version.split()[0])
if sys.version_info >= (3, 10):
    print("match statements exist")
