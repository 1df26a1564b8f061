"""The client register: table model, search, and the client form."""
