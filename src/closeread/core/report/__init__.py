"""Grade reports: the gradebook and attempts CSV, and what the HTML and PDF reports show."""
