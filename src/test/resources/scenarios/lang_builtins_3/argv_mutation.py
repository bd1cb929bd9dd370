# Programs may fake command-line arguments by changing sys.argv in place.
import sys

sys.argv.extend(["-n", "3", "--loud", "file.txt"])
print(len(sys.argv), sys.getsizeof(sys.argv))
opts = {"n": 1, "loud": False}
files = []
args = iter(sys.argv[1:])
for a in args:
    if a == "-n":
        opts["n"] = int(next(args))
    elif a == "--loud":
        opts["loud"] = True
    else:
        files.append(a)
print(opts, files)
removed = sys.argv.pop()
print(removed, sys.getrefcount(removed), sys.argv[1:])
sys.argv[1:] = []
print(sys.argv[1:], len(sys.argv), sys.getsizeof(sys.argv))
