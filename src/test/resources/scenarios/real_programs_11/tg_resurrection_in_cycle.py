import gc

# test_gc: test_resurrection_is_transitive (simplified)
survivors = []

class Lazarus:
    def __del__(self):
        survivors.append(self)

class Cargo:
    def __init__(self):
        self.data = "payload"

gc.collect()
laz = Lazarus()
cargo = Cargo()
laz.cargo = cargo
cargo.laz = laz
wr_count = 0
del laz, cargo
n = gc.collect()
print("collected:", n)
print("survivors:", len(survivors))
s = survivors.pop()
print("cargo still there:", s.cargo.data, s.cargo.laz is s)
del s
print("second round:", gc.collect())
print("__del__ not called again:", survivors)
