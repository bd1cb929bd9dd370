class RoomUnavailable(Exception):
    pass

class Room:
    def __init__(self, number, beds, rate):
        self.number = number
        self.beds = beds
        self.rate = rate
        self.booked = set()

    def free_on(self, nights):
        return self.booked.isdisjoint(nights)

class Hotel:
    def __init__(self, name):
        self.name = name
        self.rooms = {}
        self.ledger = []

    def add_room(self, room):
        self.rooms[room.number] = room

    def book(self, guest, beds, first, last):
        nights = set(range(first, last))
        for number in sorted(self.rooms):
            room = self.rooms[number]
            if room.beds >= beds and room.free_on(nights):
                room.booked |= nights
                cost = room.rate * len(nights)
                self.ledger.append((guest, number, cost))
                return number, cost
        raise RoomUnavailable(f"no room with {beds} beds for nights {first}-{last}")

h = Hotel("Seaside")
for n, beds, rate in [(101, 1, 80), (102, 2, 120), (201, 3, 150)]:
    h.add_room(Room(n, beds, rate))
print(h.book("Ada", 1, 1, 3))
print(h.book("Bo", 2, 2, 5))
print(h.book("Cy", 1, 2, 4))
try:
    h.book("Di", 3, 3, 4)
    h.book("Ed", 2, 3, 4)
except RoomUnavailable as e:
    print("sorry:", e)
print(h.ledger)
print("revenue", sum(c for _, _, c in h.ledger))
