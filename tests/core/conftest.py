"""Core tests: the helpers beside this file (classroom, storage_support, ...) are importable
from the tests in the folders below it."""
