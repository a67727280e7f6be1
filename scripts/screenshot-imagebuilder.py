#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Kiln developers
# SPDX-License-Identifier: MIT
"""A stand-in Image Builder for scripts/screenshots.sh: ListComponents answers a
few of Amazon's managed components (names and versions as Image Builder lists
them), GetComponent a small document. No signature is checked: the real
checks are the tests' fake (tests/network/fakeimagebuilder.cpp). Prints its
port, then serves until killed."""
import json
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

REGION = "us-east-1"
COMPONENTS = [
    ("update-linux", "1.0.2", "Updates Linux with the latest security updates."),
    ("aws-cli-version-2-linux", "1.0.4", "Installs the latest version of the AWS CLI version 2."),
    ("amazon-cloudwatch-agent-linux", "1.0.1", "Installs the latest version of the Amazon CloudWatch agent."),
    ("docker-ce-linux", "1.0.0", "Installs Docker Community Edition from the Docker package repository."),
    ("python-3-linux", "1.0.3", "Installs the Python 3 package using the Linux package manager."),
    ("chrony-time-configuration-test", "1.0.0", "Validates the Chrony configuration file."),
    ("reboot-linux", "1.0.1", "Reboots the system."),
    ("stig-build-linux-high", "2024.4.0", "Applies the high, medium and low STIG settings."),
]

DOCUMENT = """name: update-linux
description: Updates Linux with the latest security updates.
schemaVersion: 1.0
phases:
  - name: build
    steps:
      - name: UpdateOS
        action: UpdateOS
  - name: validate
    steps:
      - name: CheckKernel
        action: ExecuteBash
        inputs:
          commands:
            - uname -r
"""


def arn(name, version, build=None):
    tail = f"/{build}" if build else ""
    return f"arn:aws:imagebuilder:{REGION}:aws:component/{name}/{version}{tail}"


class Handler(BaseHTTPRequestHandler):
    def answer(self, body):
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        items = [{"arn": arn(n, v), "name": n, "version": v, "description": d, "owner": "aws",
                  "platform": "Linux", "type": "TEST" if n.endswith("-test") else "BUILD"}
                 for n, v, d in COMPONENTS]
        self.answer({"componentVersionList": items, "requestId": "screenshot"})

    def do_GET(self):
        wanted = parse_qs(urlparse(self.path).query).get("componentBuildVersionArn", [""])[0]
        name, version = wanted.split("/")[1:3] if wanted.count("/") >= 2 else ("update-linux", "1.0.2")
        self.answer({"component": {"arn": arn(name, version, 1), "data": DOCUMENT},
                     "requestId": "screenshot"})

    def log_message(self, *args):
        pass


server = HTTPServer(("127.0.0.1", 0), Handler)
print(server.server_port, flush=True)
server.serve_forever()
