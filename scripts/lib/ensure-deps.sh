# Sourced by scripts/khabar and scripts/test: installs what a fresh Debian machine with the
# Swift toolchain lacks (libarchive's headers and pkg-config; ISA-L's headers, which make gzip
# inputs inflate about 3× faster and are optional), as root or through sudo.
khabar_ensure_deps() {
    local missing=() optional=()
    command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
    if ! pkg-config --exists libarchive 2>/dev/null; then missing+=(libarchive-dev); fi
    [ -e /usr/include/isa-l/igzip_lib.h ] || [ -e /usr/local/include/isa-l/igzip_lib.h ] || optional+=(libisal-dev)
    [ ${#missing[@]} -eq 0 ] && [ ${#optional[@]} -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo=sudo; else
            if [ ${#missing[@]} -eq 0 ]; then
                echo "khabar: building without ISA-L (apt-get install -y libisal-dev for faster gzip): not root and no sudo" >&2
                return 0
            fi
            echo "khabar: need ${missing[*]} (apt-get install -y ${missing[*]}), and this is not root and has no sudo" >&2
            return 1
        fi
    fi
    echo "khabar: installing ${missing[*]} ${optional[*]}" >&2
    $sudo apt-get update -qq >&2
    if ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" "${optional[@]}" >&2; then
        # ISA-L is optional: without it gzip goes through libarchive (same output, slower).
        [ ${#optional[@]} -gt 0 ] || return 1
        echo "khabar: libisal-dev is not installable here: building without ISA-L" >&2
        if [ ${#missing[@]} -gt 0 ]; then
            DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2 || return 1
        fi
    fi
}
