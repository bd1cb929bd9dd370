class Editor:
    def __init__(self):
        self.text = ""
        self._undo = []
        self._redo = []

    def type(self, s):
        self._undo.append(self.text)
        self._redo.clear()
        self.text += s

    def delete(self, n):
        self._undo.append(self.text)
        self._redo.clear()
        self.text = self.text[:-n] if n else self.text

    def _move(self, source, target, word):
        if not source:
            print(f"  nothing to {word}")
            return
        target.append(self.text)
        self.text = source.pop()

    def undo(self):
        self._move(self._undo, self._redo, "undo")

    def redo(self):
        self._move(self._redo, self._undo, "redo")

ed = Editor()
script = [("type", "Hello"), ("type", " world"), ("delete", 5), ("undo",), ("undo",),
          ("redo",), ("type", "!"), ("redo",), ("undo",), ("undo",), ("undo",), ("undo",)]
for action, *args in script:
    getattr(ed, action)(*args)
    print(f"{action:<7}{str(args):<12}-> {ed.text!r} (undo {len(ed._undo)}, redo {len(ed._redo)})")
