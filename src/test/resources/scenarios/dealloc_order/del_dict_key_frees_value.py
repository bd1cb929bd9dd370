# del d[key] frees the value if the dict held the last reference.
class T:
    def __del__(self):
        print("freed value")
d = {"k": T()}
del d["k"]
print("key deleted", d)
