from enum import Enum


class Code(int, Enum):
    OK = 0
    WARN = 1
    FAIL = 2


print(format(Code.WARN), f"{Code.WARN}", f"{Code.WARN:>10}|")
print(f"{Code.FAIL.value:03d}", f"{int(Code.FAIL):03d}")
try:
    print(f"{Code.FAIL:03d}")
except ValueError as e:
    print("ValueError:", e)
print("%d" % Code.FAIL, "%s" % Code.FAIL)
print(Code.FAIL * 10, -Code.WARN, abs(Code.WARN))
print(sorted([Code.FAIL, Code.OK, Code.WARN]))
print(max(Code), min(Code))
