"""The store: SQLite by default, behind one small interface (see ``base.py``)."""
