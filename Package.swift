// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "vnplan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "vnplan", targets: ["vnplan"]),
        .library(name: "Pipeline", targets: ["Pipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        // C doors: each C library is reached through exactly one target.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
        ),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "CDigest", linkerSettings: [.linkedLibrary("crypto")]),

        // Thin Swift layers over the C doors: Swift values in, Swift values out.
        .target(name: "ICU", dependencies: ["CICU"]),
        .target(name: "XML", dependencies: ["CLibXML2"]),

        // The value types that flow between stages.
        .target(name: "PlanModel"),

        // Stages.
        .target(name: "Ingest", dependencies: ["PlanModel", "ICU", "XML", "CDigest",
                                               .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "Normalize", dependencies: ["PlanModel", "ICU"]),
        .target(name: "Segment", dependencies: ["PlanModel"]),
        .target(name: "Diff", dependencies: ["PlanModel", "ICU", "Normalize"]),
        .target(name: "Pipeline", dependencies: ["PlanModel", "Ingest", "Normalize", "Segment", "Diff"]),
        .target(name: "Batch", dependencies: ["Pipeline"]),

        .executableTarget(name: "vnplan", dependencies: [
            "Pipeline", "Batch", "Diff",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Paths to fixtures and ../shared, and JSON Schema validation, for every test target.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "TestSupport"]),
        .testTarget(name: "NormalizeTests", dependencies: ["Normalize", "ICU", "TestSupport"]),
        .testTarget(name: "SegmentTests", dependencies: ["Segment", "Normalize", "Ingest", "TestSupport"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "TestSupport"]),
        .testTarget(name: "BatchTests", dependencies: ["Batch", "TestSupport",
                                                       .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "DiffTests", dependencies: ["Diff", "Pipeline", "TestSupport"]),
    ]
)
