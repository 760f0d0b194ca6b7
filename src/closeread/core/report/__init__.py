"""Grade reports: the gradebook and attempts CSV, and what the HTML and PDF reports show.

``formats.report_bytes`` makes any of :data:`FORMATS`.
"""

FORMATS = ("csv", "csv-long", "html", "pdf")  # closeread report --format, the Export menu
