"""A one-view Django project: the floor Newsdesk's start-up is compared with (``benchmarks/startup.py``)."""
