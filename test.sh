#!/usr/bin/env bash
# Every test of the project, on a fresh machine: installs what the tests need when it is missing, then runs them.
set -euo pipefail
cd "$(dirname "$0")"
.ci/install-prerequisites
dotnet test OpenData.sln "$@"
