import sys


class Serializer:
    formats = {}

    def __init_subclass__(cls, fmt, extension=".txt", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.fmt = fmt
        cls.extension = extension
        Serializer.formats[fmt] = cls

    def filename(self, stem):
        return stem + self.extension


class Yaml(Serializer, fmt="yaml", extension=".yml"):
    def dump(self, data):
        return "\n".join(f"{k}: {v}" for k, v in data.items())


class Ini(Serializer, fmt="ini"):
    def dump(self, data):
        return "\n".join(f"{k}={v}" for k, v in data.items())


data = {"name": "lab", "size": 3}
for fmt, cls in Serializer.formats.items():
    s = cls()
    print(fmt, s.filename("config"))
    print(s.dump(data))
print(sys.getrefcount(Yaml), sys.getrefcount(Ini))
del Serializer.formats["ini"]
print(sys.getrefcount(Ini))
