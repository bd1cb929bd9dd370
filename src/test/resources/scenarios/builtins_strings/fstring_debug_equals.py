# f"{x=}" prints the expression text and its repr; a spec formats the value instead.
x = 42
name = "Ann"
print(f"{x=}")
print(f"{name=}")
print(f"{x = }")
print(f"{x=:>5}")
print(f"{x + 1=}")
