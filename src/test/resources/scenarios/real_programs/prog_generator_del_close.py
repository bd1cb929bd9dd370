# generator cleanup with try/finally
def reader(name):
    print("open", name)
    try:
        for i in range(3):
            yield f"{name}:{i}"
    finally:
        print("close", name)
g = reader("a")
print(next(g))
g.close()
print("---")
for line in reader("b"):
    print(line)
print("---")
g2 = reader("c")
print(next(g2))
del g2
print("end")
