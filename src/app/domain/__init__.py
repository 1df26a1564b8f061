"""The core of Supplan: clients, nutrients, plans and rules, in plain Python.

Nothing here imports Qt or the database layer, so it can be tested and reused headless.
"""
