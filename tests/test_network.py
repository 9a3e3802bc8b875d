"""Importing the package and running the CLI never touches the network."""

from __future__ import annotations

import subprocess
import sys

GUARD = """
import socket, sys, runpy

def refuse(*args, **kwargs):
    raise RuntimeError("network access attempted")

socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
for argv in (["list"], ["show", "zinc"], ["dri", "--age", "40", "--sex", "male"],
             ["schema"], ["claims"], ["paths"]):
    sys.argv = ["nutrient-data", *argv]
    try:
        runpy.run_module("nutrient_data", run_name="__main__")
    except SystemExit as stop:
        assert stop.code == 0, (argv, stop.code)
print("no network used")
"""


def test_cli_runs_with_sockets_blocked() -> None:
    done = subprocess.run(
        [sys.executable, "-c", GUARD], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().endswith("no network used")
