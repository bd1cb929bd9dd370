# sys.stdout.write takes the string, writes it and keeps nothing: the refcount is the same after.
import sys

message = "".join(["memory ", "lab\n"])
print(sys.getrefcount(message))
written = sys.stdout.write(message)
print(sys.getrefcount(message), written)

words = [w.upper() for w in ("alpha", "beta", "gamma")]
for w in words:
    n = sys.stdout.write(w + " ")
    print(sys.getrefcount(w), n)
sys.stdout.write("\n")

big = sys.stdout.write("x" * 300 + "\n")
print(big, sys.getrefcount(big))
count = sys.stdout.write("héllo wörld ✓\n")
print(count)
print(sys.stdout.write(""))
