# Exercism-style string puzzles: isogram, pangram, anagrams, acronym, bob, raindrops, reverse, pig latin.
import string


def is_isogram(s):
    letters = [c.lower() for c in s if c.isalpha()]
    return len(letters) == len(set(letters))


def is_pangram(sentence):
    return set(string.ascii_lowercase) <= set(sentence.lower())


def find_anagrams(word, candidates):
    w = word.lower()
    return [c for c in candidates if c.lower() != w and sorted(c.lower()) == sorted(w)]


def abbreviate(words):
    cleaned = words.replace("-", " ").replace("_", " ")
    return "".join(part[0].upper() for part in cleaned.split())


def response(hey_bob):
    said = hey_bob.strip()
    if not said:
        return "Fine. Be that way!"
    shouting = said.isupper()
    question = said.endswith("?")
    if shouting and question:
        return "Calm down, I know what I'm doing!"
    if shouting:
        return "Whoa, chill out!"
    if question:
        return "Sure."
    return "Whatever."


def raindrops(number):
    sounds = [(3, "Pling"), (5, "Plang"), (7, "Plong")]
    out = "".join(s for d, s in sounds if number % d == 0)
    return out or str(number)


def translate(text):
    def one(word):
        vowels = "aeiou"
        if word[0] in vowels or word.startswith(("xr", "yt")):
            return word + "ay"
        for i, ch in enumerate(word):
            if ch in vowels or (ch == "y" and i > 0):
                if ch == "u" and word[i - 1] == "q":
                    i += 1
                return word[i:] + word[:i] + "ay"
        return word + "ay"
    return " ".join(one(w) for w in text.split())


for w in ["lumberjacks", "isograms", "six-year-old", "Alphabet", ""]:
    print(f"{w!r:16} isogram={is_isogram(w)}")
print(is_pangram("The quick brown fox jumps over the lazy dog"), is_pangram("a quick movement of the enemy"))
print(find_anagrams("listen", ["enlists", "google", "inlets", "banana", "Silent", "LISTEN"]))
for phrase in ["Portable Network Graphics", "Ruby on Rails", "Complementary metal-oxide semiconductor",
               "The Road _Not_ Taken", "Halley's Comet"]:
    print(f"{phrase} -> {abbreviate(phrase)}")
for line in ["Tom-ay-to, tom-aaaah-to.", "WATCH OUT!", "Does this cryogenic chamber make me look fat?",
             "WHAT'S GOING ON?", "   ", "1, 2, 3", "4?", "ZOMBIES ARE COMING!!11!!1!"]:
    print(f"{line!r:48} {response(line)}")
print([raindrops(n) for n in (1, 3, 5, 7, 15, 21, 35, 105, 52)])
print(translate("quick fast run apple square rhythm xray yttria my chair"))
print("".join(reversed("stressed")), "racecar"[::-1] == "racecar")
