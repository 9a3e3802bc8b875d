"""mkdocs-gen-files script: write every data-driven page and download into the
build, and the schema.org description of the dataset onto the home page."""

import mkdocs_gen_files

from nutrient_data import load
from nutrient_data.downloads import json_ld_script
from nutrient_data.site import pages

data = load()
for path, content in pages(data):
    if isinstance(content, bytes):
        with mkdocs_gen_files.open(path, "wb") as binary:
            binary.write(content)
    else:
        with mkdocs_gen_files.open(path, "w") as text:
            text.write(content)
with mkdocs_gen_files.open("index.md", "a") as home:
    home.write(json_ld_script(data))
