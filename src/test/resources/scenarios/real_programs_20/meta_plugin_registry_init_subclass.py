class Exporter:
    registry = {}

    def __init_subclass__(cls, /, fmt=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if fmt is None:
            raise TypeError(f"{cls.__name__} must declare fmt=")
        if fmt in Exporter.registry:
            raise ValueError(f"format {fmt!r} already taken by {Exporter.registry[fmt].__name__}")
        cls.fmt = fmt
        Exporter.registry[fmt] = cls

    @classmethod
    def for_format(cls, fmt):
        try:
            return cls.registry[fmt]()
        except KeyError:
            raise LookupError(f"no exporter for {fmt!r}; have {sorted(cls.registry)}") from None

    def export(self, rows):
        raise NotImplementedError


class CSVExporter(Exporter, fmt="csv"):
    def export(self, rows):
        keys = list(rows[0])
        lines = [",".join(keys)] + [",".join(str(r[k]) for k in keys) for r in rows]
        return "\n".join(lines)


class MarkdownExporter(Exporter, fmt="md"):
    def export(self, rows):
        keys = list(rows[0])
        widths = {k: max(len(k), *(len(str(r[k])) for r in rows)) for k in keys}
        head = "| " + " | ".join(k.ljust(widths[k]) for k in keys) + " |"
        rule = "|" + "|".join("-" * (widths[k] + 2) for k in keys) + "|"
        body = ["| " + " | ".join(str(r[k]).ljust(widths[k]) for k in keys) + " |" for r in rows]
        return "\n".join([head, rule, *body])


class KeyValueExporter(Exporter, fmt="kv"):
    sep = "="

    def export(self, rows):
        return "\n---\n".join("\n".join(f"{k}{self.sep}{v}" for k, v in r.items()) for r in rows)


class ColonExporter(KeyValueExporter, fmt="colon"):
    sep = ": "


rows = [{"city": "Oslo", "pop": 709000, "country": "NO"}, {"city": "Bergen", "pop": 291000, "country": "NO"}]
for fmt in ("csv", "md", "colon"):
    exporter = Exporter.for_format(fmt)
    print(f"--- {fmt} via {type(exporter).__name__} ---")
    print(exporter.export(rows))
print(sorted(Exporter.registry), ColonExporter.fmt, KeyValueExporter.fmt)
try:
    Exporter.for_format("xml")
except LookupError as e:
    print("LookupError:", e)
try:
    class Broken(Exporter):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Again(Exporter, fmt="csv"):
        pass
except ValueError as e:
    print("ValueError:", e)
print("Broken registered?", "Broken" in [c.__name__ for c in Exporter.registry.values()])
print([c.__name__ for c in Exporter.__subclasses__()], [c.__name__ for c in KeyValueExporter.__subclasses__()])
