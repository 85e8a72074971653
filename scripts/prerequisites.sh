# Sourced by scripts/course.sh and scripts/test.sh: installs what a fresh Debian/Ubuntu machine with the
# .NET SDK lacks. Safe to run again: each step is skipped when already done.

# OpenCvSharp's Linux runtime links against GTK 3 (libgtk-3.so.0); without it every OpenCV call fails.
has_gtk3() {
  if command -v ldconfig >/dev/null 2>&1 && ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0'; then
    return 0
  fi
  compgen -G '/usr/lib/*/libgtk-3.so.0' >/dev/null || compgen -G '/usr/lib*/libgtk-3.so.0' >/dev/null
}

# apt_install MISSING FAILS ELSEWHERE NEEDED_BY PACKAGE...: installs the packages with apt-get (through sudo when
# not root); where that cannot be done, a warning that names what is missing, what fails without it and the fix.
apt_install() {
  local missing="$1" fails="$2" elsewhere="$3" needed_by="$4"
  shift 4
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "warning: $missing is missing and this user can't install packages; $fails" >&2
      echo "         Ask an administrator to run: apt-get install -y $*" >&2
      return 0
    fi
    sudo="sudo"
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "warning: $missing is missing and this is not a Debian/Ubuntu machine: $elsewhere" >&2
    return 0
  fi
  echo "Installing $* ($needed_by)..."
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

install_gtk3() {
  if has_gtk3; then
    return 0
  fi
  # On Ubuntu 24.04 the package is libgtk-3-0t64; apt picks it for the name libgtk-3-0.
  apt_install libgtk-3.so.0 "OpenCV cells will fail." "install GTK 3 with your package manager." \
    "OpenCV's native library needs it" libgtk-3-0
}

# The browser test of the exported site (tests/.../Export) drives Debian's Chromium at /usr/bin/chromium
# (Playwright's own browser download needs a network). Only the test command needs it, not the course command.
install_chromium() {
  if [ -x /usr/bin/chromium ] || [ -n "${CHROMIUM_PATH:-}" ]; then
    return 0
  fi
  apt_install /usr/bin/chromium "the browser test will fail." "install Chromium and set CHROMIUM_PATH." \
    "the browser test of the exported site needs it" chromium
}

# The Run All test runs every student copy in real Jupyter (nbconvert --execute stops at the first error,
# as Run All does) on the .NET Interactive kernel. Only the test command needs it.
install_jupyter() {
  # Asked of jupyter itself, not of `python3 -c "import ..."`: the python3 on PATH (a pyenv shim, say) need not be
  # the interpreter jupyter runs on, and asking it reinstalled the packages on every run. nbconvert needs nbclient.
  if ! jupyter nbconvert --version >/dev/null 2>&1; then
    apt_install Jupyter "the Run All test will fail." "install nbconvert and nbclient." \
      "the Run All test of the student copies needs them" jupyter-nbconvert python3-nbclient jupyter-client
  fi
  # Without Jupyter (the warning above said why) there is no kernelspec to install.
  command -v jupyter >/dev/null 2>&1 || return 0
  # The .net-csharp kernelspec (argv: dotnet interactive jupyter ...), from the pinned local tool.
  if ! jupyter kernelspec list 2>/dev/null | grep -q '\.net-csharp'; then
    dotnet tool run dotnet-interactive -- jupyter install >/dev/null
  fi
}

# course grade runs each submission in a bubblewrap sandbox (no network, one writable folder, processes that end with it).
install_bubblewrap() {
  if command -v bwrap >/dev/null 2>&1; then
    return 0
  fi
  apt_install bwrap "course grade will refuse to run submissions (or needs --unsandboxed)." "install bubblewrap." \
    "course grade runs each submission in its sandbox" bubblewrap
}

ensure_prerequisites() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "error: dotnet is not on PATH. Install the .NET SDK named in global.json (10.0.4xx) first." >&2
    exit 3
  fi
  install_gtk3
  install_bubblewrap
  # The kernel (dotnet-interactive) and dotnet-repl are pinned local tools (.config/dotnet-tools.json).
  dotnet tool restore >/dev/null
}
