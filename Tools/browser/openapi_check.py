#!/usr/bin/env python3
"""Checks /api/openapi.json: a valid OpenAPI 3.1 document (openapi-spec-validator, installed with
pip when missing), and every GET path it lists answers 200 with JSON on the Finland demo store (with
the shipped WIOD cluster definition imported as template `etla`, for /api/compare).

Usage: Tools/browser/openapi_check.py CLUSTERNET
"""
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serve_helper import Server, demo_store  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# Values for the path and query parameters of the demo store.
EXAMPLES = {"graph": "FIN-2011", "template": "etla", "clusters": "Graphs/wiod-2013/clusters.csv", "compare": "FIN-2005", "cluster": "0", "limit": "3"}
GRAPH_FOR = {"/api/graphs/{graph}/specialisation": "fi2014"}


def main():
    if importlib.util.find_spec("openapi_spec_validator") is None:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "openapi-spec-validator"], check=True)
    from openapi_spec_validator import validate

    with tempfile.TemporaryDirectory() as scratch:
        store = demo_store(sys.argv[1], ROOT, scratch)
        # The demo has no cluster template; /api/compare needs one.
        subprocess.run([sys.argv[1], "template", "import", os.path.join(ROOT, "Graphs/wiod-2013/clusters.csv"), "--name", "etla",
                        "--graph", "FIN-2011", "--db", store], check=True, stdout=subprocess.DEVNULL)
        server = Server(sys.argv[1], store)
        base = server.address.rstrip("/")
        try:
            with urllib.request.urlopen(base + "/api/openapi.json") as response:
                document = json.load(response)
            validate(document)
            print("ok: /api/openapi.json is a valid OpenAPI document")
            for path, operations in document["paths"].items():
                if "get" not in operations:
                    continue
                names = [p["name"] for p in operations["get"]["parameters"] if p["in"] == "query"]
                url = path.replace("{graph}", urllib.parse.quote(GRAPH_FOR.get(path, EXAMPLES["graph"]), safe=""))
                query = {name: EXAMPLES[name] for name in names if name in EXAMPLES}
                if path.endswith("/specialisation"):
                    query = {}
                if query:
                    url += "?" + urllib.parse.urlencode(query)
                with urllib.request.urlopen(base + url) as response:
                    if response.status != 200 or not isinstance(json.load(response), dict):
                        raise AssertionError(f"{url} answered {response.status}")
                print(f"ok: GET {url}")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
