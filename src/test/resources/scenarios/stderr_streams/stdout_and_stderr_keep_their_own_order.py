import sys

for i in range(4):
    print("step", i)
    if i % 2:
        print("odd step", i, file=sys.stderr)
    sys.stdout.write("out " + str(i) + "\n")
    sys.stderr.write("err " + str(i) + "\n")
print("finished")
