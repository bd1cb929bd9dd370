class Exporter:
    registry = {}

    def __init_subclass__(cls, *, extension, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.extension = extension
        Exporter.registry[extension] = cls

    def export(self, rows):
        raise NotImplementedError

class CsvExporter(Exporter, extension="csv"):
    def export(self, rows):
        return "\n".join(",".join(map(str, r)) for r in rows)

class TsvExporter(CsvExporter, extension="tsv"):
    def export(self, rows):
        return super().export(rows).replace(",", "\t")

class MarkdownExporter(Exporter, extension="md"):
    def export(self, rows):
        header, *body = rows
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(map(str, r)) + " |" for r in body]
        return "\n".join(lines)

data = [("name", "qty"), ("pen", 3), ("ink", 12)]
for ext in sorted(Exporter.registry):
    cls = Exporter.registry[ext]
    print(f"== {ext} ({cls.__name__}, base {cls.__base__.__name__})")
    print(cls().export(data))
try:
    class Broken(Exporter):
        pass
except TypeError as e:
    print("TypeError:", e)
