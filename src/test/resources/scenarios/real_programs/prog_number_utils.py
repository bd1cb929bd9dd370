# number utilities
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True
primes = [n for n in range(50) if is_prime(n)]
print(primes, len(primes))
def digits(n):
    return [int(d) for d in str(abs(n))]
print(digits(-9051), sum(digits(2 ** 100)))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(max(range(1, 30), key=collatz), collatz(27))
print(f"{2**0.5:.10f}", 10 ** 20, 7 ** 0.5 == 7 ** (1/2), int("1_000"), 0b1010, 0o17, 0xff)
print(bin(37)[2:].zfill(8), format(37, "08b"), int("100101", 2), (37).bit_length())
fizz = ["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i) for i in range(1, 16)]
print(" ".join(fizz))
print(round(-0.5), round(1.5), round(0.125, 2), 1e300 * 1e10, -1e300 * 1e10)
