#!/usr/bin/env bash
# The course command (the main job): `bash scripts/course.sh` = `course build`: regenerate changed student copies,
# run every notebook in the real kernel (executed copies in artifacts/executed/), export the offline site to
# artifacts/site/index.html. Other uses: `bash scripts/course.sh check notebooks/01-x.ipynb`,
# `bash scripts/course.sh --help`. Installs its prerequisites first (libgtk-3-0, the pinned dotnet tools).
set -euo pipefail
# Paths on the command line (course grade FOLDER) mean what they meant where the command was typed.
export COURSE_CALLER_DIR="$PWD"
cd "$(dirname "$0")/.."
# Say something at once: the prerequisites and the tool's own build take a few seconds (more on a first run).
echo "course: checking prerequisites and building the course tool (lib/Convolution.Teaching.Course, Release)..." >&2
source scripts/prerequisites.sh
ensure_prerequisites

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
dotnet build lib/Convolution.Teaching.Course -c Release -nologo -v:q >/dev/null || dotnet build lib/Convolution.Teaching.Course -c Release -nologo -v:q
exec dotnet artifacts/bin/Convolution.Teaching.Course/release/course.dll "$@"
