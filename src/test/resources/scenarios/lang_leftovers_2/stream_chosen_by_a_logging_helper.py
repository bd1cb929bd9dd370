# A logging helper that takes its stream as an argument (default sys.stderr), prints to it and writes to it; the choice is tested with `is`
import sys


def log(message, *, stream=sys.stderr, level="INFO"):
    where = "stdout" if stream is sys.stdout else "stderr"
    print(f"[{level}] {message}", file=stream)
    return where, stream.write(f"  ({where})\n")


def run(steps, verbose):
    target = sys.stdout if verbose else sys.stderr
    results = []
    for step in steps:
        results.append(log(f"step {step}", stream=target))
    return results


print(run([1, 2], verbose=True))
print(run([3], verbose=False))
print(log("done"))
for stream in (sys.stdout, sys.stderr):
    stream.write("to " + stream.name + "\n")
    stream.writelines(["a", "b", "\n"])
    stream.flush()
handlers = {"out": sys.stdout.write, "err": sys.stderr.write}
print(handlers["out"]("bound write method\n"), handlers["err"]("and its twin\n"))
print(sys.getrefcount(sys.stdout), sys.getrefcount(sys.stderr))
