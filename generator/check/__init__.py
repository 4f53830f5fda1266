"""Checking a profile: the rules, the findings they report, and the reporters that show them."""
