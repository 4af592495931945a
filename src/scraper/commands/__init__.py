"""The `scrape` subcommands, one module each; `scraper.cli` registers them on its typer app in help order.

Each module imports at its top only what `scrape --help` needs (typer, rich, the shared options); the
heavy modules (the extractor, httpx, the discovery code) are imported inside the command when it runs."""
