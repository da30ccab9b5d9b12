"""Speaker identity: mentions in an article -> the person or body they denote."""
