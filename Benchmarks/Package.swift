// swift-tools-version: 6.1
import PackageDescription

// The benchmark harness lives in its own package so the root package stays free of dependencies.
// The `WasmKit` trait (on by default) links WasmKit for the side-by-side comparison; CI's smoke run
// disables it (`--disable-default-traits`) and measures Tessera alone, without building WasmKit.
let package = Package(
    name: "TesseraBenchmarks",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "tessera-bench", targets: ["tessera-bench"]),
    ],
    traits: [
        .default(enabledTraits: ["WasmKit"]),
        .trait(name: "WasmKit", description: "Benchmark WasmKit side by side with Tessera."),
    ],
    dependencies: [
        .package(name: "Tessera", path: ".."),
        .package(url: "https://github.com/swiftwasm/WasmKit", from: "0.4.2"),
    ],
    targets: [
        .target(
            name: "BenchKit",
            dependencies: [
                .product(name: "TesseraRuntime", package: "Tessera"),
                .product(name: "TesseraBinary", package: "Tessera"),
                .product(name: "TesseraTypes", package: "Tessera"),
            ]),
        .executableTarget(
            name: "tessera-bench",
            dependencies: [
                "BenchKit",
                .product(name: "WasmKit", package: "WasmKit", condition: .when(traits: ["WasmKit"])),
            ]),
        .testTarget(
            name: "BenchKitTests",
            dependencies: ["BenchKit", .product(name: "TesseraRuntime", package: "Tessera")]),
    ],
    swiftLanguageModes: [.v6]
)
