# Long strings are split into pieces at word boundaries, in parentheses at the top level.
import pprint

quote = ("It was the best of times, it was the worst of times, it was the age of wisdom, "
         "it was the age of foolishness")
pprint.pprint(quote, width=40)
pprint.pprint({"quote": quote, "author": "Dickens"}, width=50)
poem = "Roses are red,\nViolets are blue,\nsugar is sweet and so are you, and so is this long line\n"
pprint.pprint(poem, width=30)
pprint.pprint([poem, "tail"], width=25)
pprint.pprint("nospacesinthisverylongwordatall" * 2, width=20)
