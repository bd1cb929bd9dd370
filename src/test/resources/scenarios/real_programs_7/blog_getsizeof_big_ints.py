import sys

for exp in [0, 10, 29, 30, 60, 61, 100, 1000]:
    n = 2 ** exp
    print(f"2**{exp:<5} bits={n.bit_length():<5} size={sys.getsizeof(n)}")
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(-1), sys.getsizeof(True))
f = 1.0
print(sys.getsizeof(f), sys.getsizeof(10 ** 300 * 1.0))
fact = 1
for i in range(1, 31):
    fact *= i
print(fact, sys.getsizeof(fact), len(str(fact)))
