"""Files: written whole or not at all, where CloseRead keeps them, and problems found in them.

The lowest room of the core: nothing here knows packs, scores or the database.
"""
