// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Winnow",
    products: [
        .library(name: "WinnowCore", targets: ["WinnowCore"]),
        .library(name: "WinnowHTML", targets: ["WinnowHTML"]),
        .library(name: "WinnowBatch", targets: ["WinnowBatch"]),
        .executable(name: "winnow", targets: ["winnow"]),
        .executable(name: "winnow-eval", targets: ["winnow-eval"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Documents, blocks, the Filter protocol, filters, normalizer, pipeline, reports.
        // No C, no file-system policy.
        .target(name: "WinnowCore"),
        // libxml2, seen only by one file of WinnowNative.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev", "pkg-config"])]
        ),
        // Linux calls that Glibc's module leaves out (header only), seen only by WinnowNative.
        .systemLibrary(name: "CLinux"),
        // The one module with unsafe C calls (libxml2, iconv, page-cache reads); hands out
        // plain Swift values.
        .target(name: "WinnowNative", dependencies: ["CLibXML2", "CLinux"]),
        // HTML bytes to plain Swift blocks with features; main-content extraction.
        .target(name: "WinnowHTML", dependencies: ["WinnowCore", "WinnowNative"]),
        // Walking trees, decoding bytes, atomic writes, incremental and parallel runs.
        .target(name: "WinnowBatch", dependencies: ["WinnowCore", "WinnowHTML", "WinnowNative"]),
        .executableTarget(
            name: "winnow",
            dependencies: [
                "WinnowCore", "WinnowHTML", "WinnowBatch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmark scoring (the shingle F1 metric) for `make quality` and per-page test floors.
        .target(name: "WinnowEval"),
        .executableTarget(name: "winnow-eval", dependencies: ["WinnowEval"]),
        .testTarget(name: "WinnowCoreTests", dependencies: ["WinnowCore"]),
        .testTarget(name: "WinnowHTMLTests", dependencies: ["WinnowHTML", "WinnowNative", "WinnowEval", "WinnowBatch"]),
        .testTarget(name: "WinnowBatchTests", dependencies: ["WinnowBatch"]),
        .testTarget(name: "WinnowCLITests", dependencies: ["winnow"]),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer targets, seen only when WINNOW_FUZZ is set (`make fuzz`), so the normal build and
// `make test` never compile them.
if Context.environment["WINNOW_FUZZ"] != nil {
    package.targets += [
        .executableTarget(name: "fuzz-text", dependencies: ["WinnowCore", "WinnowBatch"], path: "Fuzz/Text"),
        .executableTarget(name: "fuzz-html", dependencies: ["WinnowCore", "WinnowHTML"], path: "Fuzz/HTML"),
    ]
}
