import gc
s = "a,b,c"
b = b"x y"
gc.collect()
c = [gc.get_count()]
r1 = s.split(sep=","); c.append(gc.get_count())
r2 = s.split(",", maxsplit=1); c.append(gc.get_count())
r3 = s.rsplit(sep=","); c.append(gc.get_count())
r5 = b.split(sep=b" "); c.append(gc.get_count())
r6 = round(2.567, ndigits=2); c.append(gc.get_count())
r7 = round(3.14159, ndigits=3); c.append(gc.get_count())
r8 = sorted([2, 1], key=abs); c.append(gc.get_count())
print(r1, r2, r3, r5, r6, r7, r8)
print(c)
