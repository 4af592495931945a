"""One module per site: its page objects, registered with `extract.registry.site`."""
