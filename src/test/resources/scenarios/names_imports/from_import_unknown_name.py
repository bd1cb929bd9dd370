# Importing a name a module does not have is an ImportError.
from gc import nothing_here
