// swift-tools-version:6.0
import Foundation
import PackageDescription

// ISA-L (Intel's Intelligent Storage Acceleration Library; Debian: libisal-dev) inflates gzip
// about 3× faster than the zlib libarchive uses: news-bench in 0.19 s against bsdtar's 0.64 s.
// Decompression is the floor of every run, so Khabar inflates gzip inputs with it when ISA-L's
// header is installed at build time; without it gzip goes through libarchive like every other
// filter (the same output, slower). KHABAR_NO_ISAL=1 builds without it even when installed.
let isalHeaders = ["/usr/include/isa-l/igzip_lib.h", "/usr/local/include/isa-l/igzip_lib.h"]
let useISAL = ProcessInfo.processInfo.environment["KHABAR_NO_ISAL"] == nil
    && isalHeaders.contains { FileManager.default.fileExists(atPath: $0) }

// libbzip2's header (Debian: libbz2-dev; libarchive already links the library): with it Khabar
// decodes bzip2 inputs itself, block by block on several threads, where libarchive decodes one
// block after another on one (news-bench as .tar.bz2: 5.3 s of bzip2 on one core). Without it
// bzip2 goes through libarchive (the same output, slower). KHABAR_NO_BZ2=1 builds without it.
let bz2Headers = ["/usr/include/bzlib.h", "/usr/local/include/bzlib.h"]
let useBZ2 = ProcessInfo.processInfo.environment["KHABAR_NO_BZ2"] == nil
    && bz2Headers.contains { FileManager.default.fileExists(atPath: $0) }

// liblzma's multi-threaded decoder (liblzma 5.4 and later; Debian: liblzma-dev): with it Khabar
// decodes .xz inputs of several blocks (xz -T0, pixz) on several threads, where libarchive uses
// one. Without it .xz goes through libarchive (the same output). KHABAR_NO_XZ=1 builds without it.
let lzmaHeaders = ["/usr/include/lzma/container.h", "/usr/local/include/lzma/container.h"]
let useXZ = ProcessInfo.processInfo.environment["KHABAR_NO_XZ"] == nil
    && lzmaHeaders.contains { ((try? String(contentsOfFile: $0, encoding: .utf8)) ?? "").contains("lzma_stream_decoder_mt") }

let package = Package(
    name: "Khabar",
    products: [
        .executable(name: "khabar", targets: ["khabar"]),
        .library(name: "KhabarCore", targets: ["KhabarCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // libarchive, found through pkg-config; Debian: libarchive-dev.
        .systemLibrary(
            name: "CArchive",
            path: "Sources/CArchive",
            pkgConfig: "libarchive",
            providers: [.apt(["libarchive-dev"])]
        ),
        // SHA-256 rounds on the x86 SHA extensions (the input checksums in summary.json): a header
        // of inline C, no library; it compiles everywhere and says at run time whether the CPU has them.
        .systemLibrary(name: "CSHA256", path: "Sources/CSHA256"),
        // The tokenizer's sixteen-byte step over words of plain Arabic letters (SSE2): a header
        // of inline C, no library.
        .systemLibrary(name: "CText", path: "Sources/CText"),
        .target(
            name: "KhabarCore",
            dependencies: ["CArchive", "CSHA256", "CText"] + (useISAL ? ["CISAL"] : []) + (useBZ2 ? ["CBZ2"] : [])
                + (useXZ ? ["CXZ"] : []),
            swiftSettings: [.swiftLanguageMode(.v6)] + (useISAL ? [.define("KHABAR_ISAL")] : [])
                + (useBZ2 ? [.define("KHABAR_BZ2")] : []) + (useXZ ? [.define("KHABAR_XZ")] : [])
        ),
        .executableTarget(
            name: "khabar",
            dependencies: [
                "KhabarCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "KhabarCoreTests",
            dependencies: ["KhabarCore"] + (useBZ2 ? ["CBZ2"] : []) + (useXZ ? ["CXZ"] : []),
            swiftSettings: [.swiftLanguageMode(.v6)] + (useBZ2 ? [.define("KHABAR_BZ2")] : []) + (useXZ ? [.define("KHABAR_XZ")] : [])
        ),
        // End-to-end: runs the built `khabar` binary.
        .testTarget(
            name: "KhabarCLITests",
            dependencies: ["khabar"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)

if useISAL {
    package.targets.append(
        // ISA-L's inflate, found through pkg-config; Debian: libisal-dev (optional, see above).
        .systemLibrary(
            name: "CISAL",
            path: "Sources/CISAL",
            pkgConfig: "libisal",
            providers: [.apt(["libisal-dev"])]
        )
    )
}

if useBZ2 {
    package.targets.append(
        // libbzip2 and the bit-level steps of the parallel bzip2 decoder (inline C); Debian:
        // libbz2-dev (optional, see above).
        .systemLibrary(name: "CBZ2", path: "Sources/CBZ2", providers: [.apt(["libbz2-dev"])])
    )
}

if useXZ {
    package.targets.append(
        // liblzma, for its multi-threaded .xz decoder; Debian: liblzma-dev (optional, see above).
        .systemLibrary(name: "CXZ", path: "Sources/CXZ", providers: [.apt(["liblzma-dev"])])
    )
}
