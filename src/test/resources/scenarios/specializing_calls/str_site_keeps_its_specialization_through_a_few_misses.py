# A call site specialized for str (PRECALL_NO_KW_STR_1) that meets repr now and then runs the
# generic call for those (a miss), and stays specialized: only the 53rd miss deoptimizes it.
# A nested comprehension's inner loop warms the code up with each of its rounds.
import sys


class Cell:
    def __str__(self):
        return str(sys.getrefcount(self))

    def __repr__(self):
        return "r"


def spin(c, n):
    out = []
    i = 0
    while True:
        i += 1
        if i > n:
            break
        if i % 2:
            continue
        out.append(str(c))
    return out


d = Cell()
print([f(d) for f in [str, repr, str, str, str] * 4])
print([str(d) for _ in range(3) for _ in range(4)])
print(spin(d, 20))
