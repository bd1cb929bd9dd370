# finally runs when the try block returns, breaks or continues, and on normal completion.
def f(n):
    try:
        if n == 0:
            return "zero"
        return "other"
    finally:
        print("finally of f", n)
print(f(0), f(1))
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
i = 0
while True:
    try:
        i += 1
        if i == 2:
            break
    finally:
        print("while finally", i)
