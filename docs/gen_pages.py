"""mkdocs-gen-files script: write every data-driven page into the build.

The navigation source (SUMMARY.md) feeds mkdocs-literate-nav and is not a
page: it is marked excluded here, because literate-nav would otherwise mark
it "not in nav" before ``exclude_docs`` is applied to generated files.
"""

import mkdocs_gen_files
from mkdocs.structure.files import InclusionLevel

from nutrient_data import load
from nutrient_data.site import pages

for path, content in pages(load()):
    with mkdocs_gen_files.open(path, "w") as handle:
        handle.write(content)

navigation = mkdocs_gen_files.FilesEditor.current().files.get_file_from_path(
    "SUMMARY.md"
)
assert navigation is not None
navigation.inclusion = InclusionLevel.EXCLUDED
