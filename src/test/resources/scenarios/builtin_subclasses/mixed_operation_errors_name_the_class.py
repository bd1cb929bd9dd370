# TypeErrors of mixed operations name the subclass; repetition by an int subclass works.
class Money(int): pass
class Name(str): pass
for f in (lambda: "x" + Money(5), lambda: 1 + Name("a"), lambda: [1] + Name("b"), lambda: Name("a") - 1):
    try:
        f()
    except TypeError as e:
        print(e)
print("ab" * Money(2), [0] * Money(3), 2.5 * Money(2))
