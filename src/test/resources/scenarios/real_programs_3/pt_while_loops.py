n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps:", steps)
total = 0
i = 0
while True:
    i += 1
    if i % 3 == 0:
        continue
    if i > 10:
        break
    total += i
print(total)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
count = 0
while count < 3:
    count += 1
else:
    print("loop finished", count)
digits = [int(c) for c in str(2 ** 100)]
print(sum(digits), len(digits))
balance, years = 1000.0, 0
while balance < 2000:
    balance *= 1.07
    years += 1
print(years, round(balance, 2))
