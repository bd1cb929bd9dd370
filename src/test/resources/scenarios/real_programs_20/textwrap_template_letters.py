import textwrap
from string import Template

LETTER = Template("""\
Dear $name,

Your order #$order of ${count} item(s) totalling $$${total} ships on $day.
$extra""")

customers = [
    {"name": "Ms. Rivera", "order": 1041, "count": 3, "total": "59.97", "day": "Monday", "extra": "Thanks!"},
    {"name": "Mr. Okafor", "order": 1042, "count": 1, "total": "12.00", "day": "Tuesday"},
]
for c in customers:
    print(LETTER.safe_substitute(c))
    print("-" * 30)
try:
    LETTER.substitute(customers[1])
except KeyError as e:
    print("KeyError:", e)
print(Template("$who likes $what").substitute({"who": "Tim"}, what="kung pao"))
try:
    Template("cost: $").substitute()
except ValueError as e:
    print("ValueError:", e)

POEM = """
    Two roads diverged in a yellow wood,
    And sorry I could not travel both
      And be one traveler, long I stood
    And looked down one as far as I could
"""
clean = textwrap.dedent(POEM).strip("\n")
print(clean)
print(textwrap.indent(clean, "> ", lambda line: not line.startswith(" ")))
para = " ".join(clean.split())
print(textwrap.fill(para, width=36, initial_indent="* ", subsequent_indent="  "))
for width in (30, 50):
    print(textwrap.shorten(para, width=width, placeholder=" [...]"))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", width=10, break_long_words=False))
print(textwrap.wrap(para, width=25, max_lines=2, placeholder="~"))
