# Sourced by scripts/course.sh and scripts/test.sh: installs what a fresh Debian/Ubuntu machine with the
# .NET SDK lacks. Safe to run again: each step is skipped when already done.

# OpenCvSharp's Linux runtime links against GTK 3 (libgtk-3.so.0); without it every OpenCV call fails.
has_gtk3() {
  if command -v ldconfig >/dev/null 2>&1 && ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0'; then
    return 0
  fi
  compgen -G '/usr/lib/*/libgtk-3.so.0' >/dev/null || compgen -G '/usr/lib*/libgtk-3.so.0' >/dev/null
}

install_gtk3() {
  if has_gtk3; then
    return 0
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo="sudo"
    else
      echo "warning: libgtk-3.so.0 is missing and this user can't install packages; OpenCV cells will fail." >&2
      echo "         Ask an administrator to run: apt-get install -y libgtk-3-0" >&2
      return 0
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "warning: libgtk-3.so.0 is missing and this is not a Debian/Ubuntu machine: install GTK 3 with your package manager." >&2
    return 0
  fi
  echo "Installing libgtk-3-0 (OpenCV's native library needs it)..."
  $sudo apt-get update -qq
  # On Ubuntu 24.04 the package is libgtk-3-0t64; apt picks it for the name libgtk-3-0.
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libgtk-3-0 >/dev/null
}

# The browser test of the exported site (tests/.../Export) drives Debian's Chromium at /usr/bin/chromium
# (Playwright's own browser download needs a network). Only the test command needs it, not the course command.
install_chromium() {
  if [ -x /usr/bin/chromium ] || [ -n "${CHROMIUM_PATH:-}" ]; then
    return 0
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "warning: /usr/bin/chromium is missing and this user can't install packages; the browser test will fail." >&2
      echo "         Ask an administrator to run: apt-get install -y chromium" >&2
      return 0
    fi
    sudo="sudo"
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "warning: /usr/bin/chromium is missing and this is not a Debian/Ubuntu machine: install Chromium and set CHROMIUM_PATH." >&2
    return 0
  fi
  echo "Installing chromium (the browser test of the exported site needs it)..."
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
}

# The Run All test runs every student copy in real Jupyter (nbconvert --execute stops at the first error,
# as Run All does) on the .NET Interactive kernel. Only the test command needs it.
install_jupyter() {
  if ! command -v jupyter >/dev/null 2>&1 || ! python3 -c "import nbclient, nbconvert" >/dev/null 2>&1; then
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
      if ! command -v sudo >/dev/null 2>&1; then
        echo "warning: Jupyter is missing and this user can't install packages; the Run All test will fail." >&2
        echo "         Ask an administrator to run: apt-get install -y jupyter-nbconvert python3-nbclient jupyter-client" >&2
        return 0
      fi
      sudo="sudo"
    fi
    if ! command -v apt-get >/dev/null 2>&1; then
      echo "warning: Jupyter is missing and this is not a Debian/Ubuntu machine: install nbconvert and nbclient." >&2
      return 0
    fi
    echo "Installing Jupyter's nbconvert (the Run All test of the student copies needs it)..."
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq jupyter-nbconvert python3-nbclient jupyter-client >/dev/null
  fi
  # The .net-csharp kernelspec (argv: dotnet interactive jupyter ...), from the pinned local tool.
  if ! jupyter kernelspec list 2>/dev/null | grep -q '\.net-csharp'; then
    dotnet tool run dotnet-interactive -- jupyter install >/dev/null
  fi
}

ensure_prerequisites() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "error: dotnet is not on PATH. Install the .NET SDK named in global.json (10.0.4xx) first." >&2
    exit 3
  fi
  install_gtk3
  # The kernel (dotnet-interactive) and dotnet-repl are pinned local tools (.config/dotnet-tools.json).
  dotnet tool restore >/dev/null
}
