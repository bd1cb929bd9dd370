# print(file=sys.stdout), sys.stdout.write and flush all land in one stream, in order.
import sys


def report(rows):
    sys.stdout.write("name    qty\n")
    for name, qty in rows:
        sys.stdout.write(f"{name:<8}{qty:>3}\n")
    print("-" * 11, file=sys.stdout)
    print("total", sum(q for _, q in rows), sep="   ", file=sys.stdout, flush=True)


report([("apples", 3), ("pears", 12), ("plums", 7)])
for i in range(3):
    sys.stdout.write(str(i))
    sys.stdout.flush()
print()
print("done", end="", flush=True)
sys.stdout.write("\n")
print(sys.stdout.flush())
