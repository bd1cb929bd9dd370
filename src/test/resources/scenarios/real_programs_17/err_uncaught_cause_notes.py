# Re-raising with "from" and notes: what the uncaught report looks like.
class ParseError(Exception):
    def __init__(self, line_no, text):
        super().__init__(f"line {line_no}: cannot parse {text!r}")
        self.line_no = line_no


def parse_scores(lines):
    scores = {}
    for n, line in enumerate(lines, 1):
        try:
            name, score = line.split(":")
            scores[name] = int(score)
        except ValueError as e:
            err = ParseError(n, line)
            err.add_note(f"while reading {len(lines)} lines")
            raise err from e
    return scores


print(parse_scores(["ann:3", "bo:5"]))
parse_scores(["ann:3", "bo:five", "cy:1"])
