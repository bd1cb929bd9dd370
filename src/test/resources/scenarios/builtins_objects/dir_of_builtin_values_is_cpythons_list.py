# dir() of builtin values and types gives CPython's full lists, methods the lab does not run included
import gc
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:10])
print(dir(list) == dir([]), len(dir(1)) == len(dir(int)))
print([n for n in dir(gc) if not n.startswith("_")])
print("append" in dir(list), "push" in dir(list), "__len__" in dir((1,)))
