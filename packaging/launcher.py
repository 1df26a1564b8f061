"""Entry script of the packaged executable: the same as the `supplan` command."""

import sys

from app.cli import main

sys.exit(main())
