"""Talking to GitHub's REST API from a workflow: pull-request reviews and the weekly link report."""
