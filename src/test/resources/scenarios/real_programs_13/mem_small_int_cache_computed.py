def same_object(a, b):
    return a is b

for text in ("-6", "-5", "0", "100", "256", "257", "1000"):
    x = int(text)
    y = int(text)
    print(f"int({text!r}) twice -> same object: {same_object(x, y)}")

a = 250
results = []
for step in range(10):
    b = a + step
    c = int(str(b))
    results.append((b, b is c))
print(results)
print("computed 2**8 is 256:", same_object(2 ** 8, int("256")))
print("computed 2**9 is 512:", same_object(2 ** 9, int("512")))
print("equal anyway:", 2 ** 9 == int("512"))
