"""Domain knowledge as data: word lists and tables, no logic."""
