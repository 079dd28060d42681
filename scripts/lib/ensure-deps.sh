# Sourced by scripts/khabar and scripts/test: installs what a fresh Debian machine with the
# Swift toolchain lacks (libarchive's headers and pkg-config), as root or through sudo.
khabar_ensure_deps() {
    local missing=()
    command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
    if ! pkg-config --exists libarchive 2>/dev/null; then missing+=(libarchive-dev); fi
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo=sudo; else
            echo "khabar: need ${missing[*]} (apt-get install -y ${missing[*]}), and this is not root and has no sudo" >&2
            return 1
        fi
    fi
    echo "khabar: installing ${missing[*]}" >&2
    $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
}
