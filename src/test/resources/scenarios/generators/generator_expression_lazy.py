# A generator expression produces values one at a time as they are asked for.
def loud(x):
    print("computing", x)
    return x * x
gen = (loud(i) for i in range(3))
print("made")
for v in gen:
    print("got", v)
print(sum(i for i in range(10) if i % 2))
