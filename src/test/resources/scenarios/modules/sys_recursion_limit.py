# sys.getrecursionlimit is 1000; setrecursionlimit changes where RecursionError comes.
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(60)
print(sys.getrecursionlimit())
depth = 0
def dive():
    global depth
    depth += 1
    dive()
dive()
