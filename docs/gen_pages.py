"""mkdocs-gen-files script: write every data-driven page and download into the
build, and the schema.org description of the dataset onto the home page.

The navigation source (SUMMARY.md) feeds mkdocs-literate-nav and is not a
page: it is marked excluded here, because literate-nav would otherwise mark
it "not in nav" before ``exclude_docs`` is applied to generated files.
"""

import mkdocs_gen_files
from mkdocs.structure.files import InclusionLevel

from nutrient_data import load
from nutrient_data.downloads import json_ld_script
from nutrient_data.intake_check.page import pages as intake_check_pages
from nutrient_data.site import pages

data = load()
for path, content in [*pages(data), *intake_check_pages(data)]:
    if isinstance(content, bytes):
        with mkdocs_gen_files.open(path, "wb") as binary:
            binary.write(content)
    else:
        with mkdocs_gen_files.open(path, "w") as text:
            text.write(content)
with mkdocs_gen_files.open("index.md", "a") as home:
    home.write(json_ld_script(data))

navigation = mkdocs_gen_files.FilesEditor.current().files.get_file_from_path(
    "SUMMARY.md"
)
assert navigation is not None
navigation.inclusion = InclusionLevel.EXCLUDED
