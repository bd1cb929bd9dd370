# Function annotations are evaluated when the def runs, in order: parameters, then the return.
def note(text):
    print("evaluating", text)
    return text

def f(a: note("a"), b: note("b") = note("default")) -> note("return"):
    return a

print("defined")
print(f(1))
