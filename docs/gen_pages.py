"""mkdocs-gen-files script: write every data-driven page into the build."""

import mkdocs_gen_files

from nutrient_data import load
from nutrient_data.intake_check.page import pages as intake_check_pages
from nutrient_data.site import pages

for path, content in [*pages(load()), *intake_check_pages()]:
    with mkdocs_gen_files.open(path, "w") as handle:
        handle.write(content)
