"""A lesson pack: its files read safely, checked, and loaded into typed, immutable objects.

``load.load_pack`` is the way in; ``model`` holds what it returns.
"""
