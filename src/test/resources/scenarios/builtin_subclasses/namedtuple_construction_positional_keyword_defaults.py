from collections import namedtuple

class Account(namedtuple('Account', 'owner balance currency', defaults=[0, 'EUR'])):
    __slots__ = ()

    def deposit(self, amount):
        return self._replace(balance=self.balance + amount)

print(Account('ann'))
print(Account('bob', 10))
print(Account('cy', currency='USD'))
print(Account(balance=5, owner='dee'))
print(Account('eve', 1, 'GBP').deposit(9))
for args, kwargs in [((), {}), (('a', 1, 'X', 4), {}), (('a',), {'owner': 'b'}), (('a',), {'color': 'red'})]:
    try:
        Account(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
