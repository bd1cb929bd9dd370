import sys

print(sys.getrecursionlimit())
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize.bit_length() if hasattr(int, "bit_length") else 63)
print(sys.version_info[:2] >= (3, 8), sys.version_info.major)
print(sys.byteorder in ("little", "big"))
print(sys.float_info.max > 1e300, sys.float_info.epsilon < 1e-10)
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info.min)
print(sys.float_info.dig, sys.float_info.mant_dig, sys.float_info[0] == sys.float_info.max, len(sys.float_info))
print(1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0)
print(sys.float_info)
print(sys.int_info.bits_per_digit, sys.int_info)
print(sys.platform != "")
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0) > 900)
