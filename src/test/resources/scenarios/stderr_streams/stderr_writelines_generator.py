import sys


def lines():
    for word in ["alpha", "beta", "gamma"]:
        print("making", word)
        yield word + "\n"


print(sys.stderr.writelines(lines()))
sys.stderr.writelines(("tuple\n", "items\n"))
sys.stderr.writelines(w + "\n" for w in "xyz")
print("end")
