import gc

def young_growth(label, make):
    gc.collect()
    before = gc.get_count()
    make()
    after = gc.get_count()
    print(f"{label:<28}{after[0] - before[0]:>3}")

def slots_over_int_tuple():
    try:
        class Big(int):
            __slots__ = ("digits",)
    except TypeError as e:
        return str(e)

def slots_over_int_list():
    try:
        class Big(int):
            __slots__ = ["digits", "sign"]
    except TypeError as e:
        return str(e)

def slots_over_int_str():
    try:
        class Big(int):
            __slots__ = "digits"
    except TypeError as e:
        return str(e)

def weakref_named_twice():
    try:
        class Node:
            __slots__ = ("__weakref__", "value", "__weakref__")
    except TypeError as e:
        return str(e)

def empty_slots_over_int():
    class Small(int):
        __slots__ = ()
    return Small(3)

for f in (slots_over_int_tuple, slots_over_int_list, slots_over_int_str, weakref_named_twice, empty_slots_over_int):
    young_growth(f.__name__, f)
print(slots_over_int_list())
print(weakref_named_twice())
