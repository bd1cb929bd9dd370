# gi_running is True only while the body runs; gi_suspended only while it waits at a yield.
def countdown(n):
    print("inside:", gen.gi_running, gen.gi_suspended)
    while n > 0:
        yield n
        n -= 1

gen = countdown(2)
print("created:", gen.gi_running, gen.gi_suspended)
print(next(gen), gen.gi_running, gen.gi_suspended)
print(list(gen), gen.gi_running, gen.gi_suspended)

def pair():
    try:
        yield 1
        yield 2
    finally:
        print("closing, suspended:", other.gi_suspended, "running:", other.gi_running)

other = pair()
next(other)
other.close()
print("closed:", other.gi_suspended, other.gi_running)
