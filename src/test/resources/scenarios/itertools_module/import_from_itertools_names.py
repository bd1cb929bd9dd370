# from itertools import ... binds the functions; islice over a generator stops pulling once it has enough
from itertools import islice as take, count, chain
pulled = []
def numbers():
    for i in count():
        pulled.append(i)
        yield i
print(list(take(numbers(), 3)), pulled)
print(list(chain(take(count(), 2), take(count(10), 2))))
