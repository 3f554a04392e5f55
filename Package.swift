// swift-tools-version: 6.0
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Tessera",
    products: [
        .library(name: "TesseraTypes", targets: ["TesseraTypes"]),
        .library(name: "TesseraBinary", targets: ["TesseraBinary"]),
        .library(name: "TesseraValidation", targets: ["TesseraValidation"]),
        .library(name: "TesseraText", targets: ["TesseraText"]),
        .library(name: "TesseraSpecTest", targets: ["TesseraSpecTest"]),
        .library(name: "TesseraRuntime", targets: ["TesseraRuntime"]),
        .library(name: "TesseraWASI", targets: ["TesseraWASI"]),
        .library(name: "TesseraPlugin", targets: ["TesseraPlugin"]),
        .executable(name: "tessera", targets: ["tessera"]),
    ],
    targets: [
        .target(name: "TesseraTypes", swiftSettings: strict),
        .target(name: "TesseraBinary", dependencies: ["TesseraTypes"], swiftSettings: strict),
        .target(name: "TesseraValidation", dependencies: ["TesseraTypes", "TesseraBinary"], swiftSettings: strict),
        .target(name: "TesseraText", dependencies: ["TesseraTypes", "TesseraBinary"], swiftSettings: strict),
        .target(
            name: "TesseraRuntime", dependencies: ["TesseraTypes", "TesseraBinary", "TesseraValidation"],
            swiftSettings: strict),
        .target(name: "TesseraWASI", dependencies: ["TesseraTypes", "TesseraRuntime"], swiftSettings: strict),
        .target(
            name: "TesseraPlugin", dependencies: ["TesseraTypes", "TesseraRuntime", "TesseraText", "TesseraWASI"],
            swiftSettings: strict),
        .target(
            name: "TesseraSpecTest",
            dependencies: ["TesseraTypes", "TesseraBinary", "TesseraValidation", "TesseraText", "TesseraRuntime"],
            swiftSettings: strict),
        .target(name: "TesseraCodegen", swiftSettings: strict),
        .executableTarget(name: "tessera-codegen", dependencies: ["TesseraCodegen"], swiftSettings: strict),
        .executableTarget(
            name: "tessera",
            dependencies: [
                "TesseraTypes", "TesseraBinary", "TesseraValidation", "TesseraText", "TesseraSpecTest", "TesseraRuntime",
                "TesseraWASI", "TesseraPlugin",
            ],
            swiftSettings: strict),

        .testTarget(name: "TesseraBinaryTests", dependencies: ["TesseraBinary"]),
        .testTarget(name: "TesseraValidationTests", dependencies: ["TesseraValidation", "TesseraText"]),
        .testTarget(name: "TesseraTextTests", dependencies: ["TesseraText", "TesseraBinary"]),
        .testTarget(name: "TesseraRuntimeTests", dependencies: ["TesseraRuntime", "TesseraText"]),
        .testTarget(name: "TesseraWASITests", dependencies: ["TesseraWASI", "TesseraRuntime", "TesseraText"]),
        .testTarget(name: "TesseraPluginTests", dependencies: ["TesseraPlugin", "TesseraRuntime", "TesseraText"]),
        .testTarget(name: "SpecTests", dependencies: ["TesseraSpecTest"]),
        .testTarget(name: "CodegenTests", dependencies: ["TesseraCodegen", "TesseraBinary", "TesseraText"]),
        .testTarget(name: "FuzzRegressionTests", dependencies: ["TesseraBinary", "TesseraValidation", "TesseraText", "TesseraSpecTest"]),
    ],
    swiftLanguageModes: [.v6]
)
