"""Search and serving: the web interface and the HTTP API over the store."""
