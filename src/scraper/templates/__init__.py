"""The HTML report's page template and style, kept as Python strings so they ship with the code."""
