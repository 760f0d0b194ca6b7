"""Grade reports: the gradebook and attempts CSV, and what the HTML and PDF reports show.

``formats.report_bytes`` makes any of :data:`FORMATS`.
"""

# closeread report --format, the dashboard's Export menu
FORMATS = ("csv", "csv-long", "moodle", "lms-csv", "html", "pdf")
