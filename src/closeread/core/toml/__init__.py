"""TOML as people write it.

Read with a line and column for every problem (``read``, ``positions``); edited keeping
comments and layout (``edit``, ``style``); written byte for byte the same (``write``).
"""
