# A name never bound anywhere: NameError.
def f():
    return undefined_thing
f()
