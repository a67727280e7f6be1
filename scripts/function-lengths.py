#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Kiln developers
# SPDX-License-Identifier: MIT
"""Lists C++ functions longer than a limit, longest first (issue #15's check).

    scripts/function-lengths.py [--limit N] [--all] [PATH ...]

PATH is a folder (its .cpp files) or a file; the default is core/exec, app/cli and
widgets/runpanel.cpp. Exit status 1 when a function is over the limit (150 lines).

It relies on the project's clang-format style instead of a C++ parser: a function
body opens with '{' alone at column 0 and closes with '}' at column 0, and its
signature is on the lines just above. Bodies inside a class (short inline members)
and lambdas count toward the function that holds them.
"""
import argparse
import signal
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT = ['core/exec', 'app/cli', 'widgets/runpanel.cpp']


def functions(path):
    lines = path.read_text(encoding='utf-8').split('\n')
    start = None
    for i, line in enumerate(lines):
        if line == '{' and start is None:
            start = i
        elif line.startswith('};'):
            start = None  # the end of a class or struct at namespace level: no function
        elif line.startswith('}') and start is not None:
            yield signature(lines, start), start + 1, i - start + 1
            start = None


def signature(lines, brace):
    """The name of the function whose body opens at `brace`: from the lines above it."""
    header = []
    for j in range(brace - 1, max(-1, brace - 8), -1):
        text = lines[j].strip()
        if not text or text.startswith(('//', '#', '}')):
            break
        header.insert(0, text)
        if '(' in text and not text.startswith((':', ',')):
            break
    match = re.search(r'([\w:~<>]+)\s*\(', ' '.join(header))
    return match.group(1) if match else '?'


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` is not an error
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('paths', nargs='*', default=DEFAULT)
    parser.add_argument('--limit', type=int, default=150)
    parser.add_argument('--all', action='store_true', help='list every function, not only long ones')
    args = parser.parse_args()
    found = []
    for name in args.paths:
        path = (ROOT / name) if not pathlib.Path(name).is_absolute() else pathlib.Path(name)
        files = sorted(path.rglob('*.cpp')) if path.is_dir() else [path]
        for file in files:
            for function, line, length in functions(file):
                found.append((length, f'{file.relative_to(ROOT)}:{line}', function))
    found.sort(reverse=True)
    over = [f for f in found if f[0] > args.limit]
    for length, where, function in (found if args.all else over):
        print(f'{length:5d}  {where}  {function}')
    if not over:
        print(f'no function over {args.limit} lines in {" ".join(args.paths)}'
              f' (longest: {found[0][0]} lines, {found[0][2]})' if found else 'no functions found')
    return 1 if over else 0


if __name__ == '__main__':
    sys.exit(main())
