# Sourced by scripts/khabar and scripts/test: installs what a fresh Debian machine with the
# Swift toolchain lacks (libarchive's headers and pkg-config; optional: ISA-L's headers, which
# make gzip inputs inflate about 3× faster, and libbzip2's and liblzma's, with which bzip2 and
# .xz inputs are decoded on several threads), as root or through sudo.
khabar_ensure_deps() {
    local missing=() optional=()
    command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
    if ! pkg-config --exists libarchive 2>/dev/null; then missing+=(libarchive-dev); fi
    [ -e /usr/include/isa-l/igzip_lib.h ] || [ -e /usr/local/include/isa-l/igzip_lib.h ] || optional+=(libisal-dev)
    [ -e /usr/include/bzlib.h ] || [ -e /usr/local/include/bzlib.h ] || optional+=(libbz2-dev)
    [ -e /usr/include/lzma.h ] || [ -e /usr/local/include/lzma.h ] || optional+=(liblzma-dev)
    [ ${#missing[@]} -eq 0 ] && [ ${#optional[@]} -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo=sudo; else
            if [ ${#missing[@]} -eq 0 ]; then
                echo "khabar: building without ${optional[*]} (apt-get install -y ${optional[*]} for faster gzip, bzip2 and xz): not root and no sudo" >&2
                return 0
            fi
            echo "khabar: need ${missing[*]} (apt-get install -y ${missing[*]}), and this is not root and has no sudo" >&2
            return 1
        fi
    fi
    echo "khabar: installing ${missing[*]} ${optional[*]}" >&2
    # Package.swift looks for the optional headers when SwiftPM evaluates it, and SwiftPM keeps
    # that evaluation (and the build plan made from it) until the manifest changes: a checkout
    # built once before the headers were installed would go on building without them. Forget
    # both (only the cached manifests, not the package downloads).
    rm -rf "${HOME:-/nonexistent}/.cache/org.swift.swiftpm/manifests"
    [ -n "${root:-}" ] && [ -f "$root/Package.swift" ] && touch "$root/Package.swift"
    $sudo apt-get update -qq >&2
    if ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" "${optional[@]}" >&2; then
        # ISA-L's, libbzip2's and liblzma's headers are optional: without them gzip, bzip2 and xz go through
        # libarchive (same output, slower).
        [ ${#optional[@]} -gt 0 ] || return 1
        echo "khabar: ${optional[*]} not installable here: building without them" >&2
        if [ ${#missing[@]} -gt 0 ]; then
            DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2 || return 1
        fi
    fi
}
