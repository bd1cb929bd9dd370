# `while (chunk := next_chunk())`: each new chunk list replaces the previous one, which is freed at the rebinding
import sys
data = [3, 2, 1, 0]
def next_chunk():
    n = data.pop(0)
    return [n] * n
while (chunk := next_chunk()):
    print(chunk, sys.getrefcount(chunk), sys.getsizeof(chunk))
print("last", chunk, sys.getrefcount(chunk))
