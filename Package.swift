// swift-tools-version:6.0
import PackageDescription

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
        .target(
            name: "KhabarCore",
            dependencies: ["CArchive"],
            swiftSettings: [.swiftLanguageMode(.v6)]
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
            dependencies: ["KhabarCore"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // End-to-end: runs the built `khabar` binary.
        .testTarget(
            name: "KhabarCLITests",
            dependencies: ["khabar"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
