# test_gc style: simple cycles of builtin containers
import gc

def test_list():
    l = []
    l.append(l)
    gc.collect()
    del l
    print("list", gc.collect())

def test_dict():
    d = {}
    d[1] = d
    gc.collect()
    del d
    print("dict", gc.collect())

def test_tuple():
    l = []
    t = (l,)
    l.append(t)
    gc.collect()
    del t
    del l
    print("tuple", gc.collect())

def test_class():
    class A:
        pass
    A.a = A
    gc.collect()
    del A
    print("class", gc.collect() > 0)

def test_instance():
    class A:
        pass
    a = A()
    a.a = a
    gc.collect()
    del a
    print("instance", gc.collect())

def test_function():
    d = {}
    exec_like = lambda: d
    d["f"] = exec_like
    gc.collect()
    del d, exec_like
    print("function", gc.collect())

for t in [test_list, test_dict, test_tuple, test_class, test_instance, test_function]:
    t()
