"""The progress database: one SQLite file, its schema and migrations, backups, the folder lock.

``store.Store`` is the way in.
"""
