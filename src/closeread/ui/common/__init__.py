"""What every part of the UI shares.

Error messages, safe Markdown views, colours and styles, background work, small widgets.
"""
