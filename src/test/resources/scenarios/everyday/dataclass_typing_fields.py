# Field types written with typing: the class's __annotations__, __init__'s annotations and the
# fields each hold the (cached) alias, and a class used as a field type gains those references.
import sys
from dataclasses import dataclass, field
from typing import Dict, List, Optional

class Owner:
    pass

before = sys.getrefcount(Owner)

@dataclass
class Account:
    owner: Owner
    history: List[int] = field(default_factory=list)
    meta: Dict[str, str] = field(default_factory=dict)
    backup: Optional[Owner] = None

print(sys.getrefcount(Owner) - before)
acct = Account(Owner())
acct.history.append(5)
print(acct.history, acct.backup, acct.meta, sys.getrefcount(acct.owner))
print(len(Account.__dataclass_fields__), Account.__match_args__)
print(sys.getrefcount(List[int]), sys.getrefcount(Optional[Owner]))
