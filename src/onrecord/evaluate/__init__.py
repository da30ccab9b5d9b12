"""Evaluation: gold readers, matching and scoring of extracted statements."""
