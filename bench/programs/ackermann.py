# ackermann(2, 3) 220 times: about 25,000 steps of recursion (issue 12, item 12: well inside 2 s with the trace on)
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

for i in range(220):
    r = ackermann(2, 3)
print(r)
