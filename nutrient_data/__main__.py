"""``python -m nutrient_data`` runs the command line."""

import sys

from nutrient_data.cli import main

sys.exit(main())
