"""`python -m app` does what the `supplan` command does."""

from app.cli import main

raise SystemExit(main())
