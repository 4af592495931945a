"""Fetching, storing and running: everything in the product that has side effects."""
