# statistics by hand
import math
data = [2, 4, 4, 4, 5, 5, 7, 9]
n = len(data)
mean = sum(data) / n
var = sum((x - mean) ** 2 for x in data) / n
print(f"mean={mean} var={var} sd={math.sqrt(var)}")
srt = sorted(data)
median = (srt[n // 2 - 1] + srt[n // 2]) / 2 if n % 2 == 0 else srt[n // 2]
print("median", median, "mode", max(set(data), key=data.count))
print(math.floor(-2.5), math.ceil(2.1), round(2.5), round(3.5), round(2.675, 2))
print(math.gcd(12, 18), math.factorial(6), math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2)
print(divmod(17, 5), divmod(-17, 5), -17 // 5, -17 % 5, 2 ** -1, 7 / 2)
print(math.inf > 10**100, float("nan") == float("nan"), math.isnan(float("nan")))
print(int("ff", 16), bin(10), oct(8), hex(255).upper(), int(3.99), int(-3.99))
print(sum([0.1] * 10), math.fsum([0.1] * 10), abs(-3), pow(2, 10, 1000))
print(f"{math.pi:.5f} {math.e:10.3e} {1e-7} {123456789.0} {1e16}")
