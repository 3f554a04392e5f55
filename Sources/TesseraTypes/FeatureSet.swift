/// WebAssembly features an engine accepts. The default is all of WebAssembly 3.0.
public struct FeatureSet: OptionSet, Hashable, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let signExtension = FeatureSet(rawValue: 1 << 0)
    public static let saturatingFloatToInt = FeatureSet(rawValue: 1 << 1)
    public static let multiValue = FeatureSet(rawValue: 1 << 2)
    public static let bulkMemory = FeatureSet(rawValue: 1 << 3)
    public static let referenceTypes = FeatureSet(rawValue: 1 << 4)
    public static let simd = FeatureSet(rawValue: 1 << 5)
    public static let relaxedSimd = FeatureSet(rawValue: 1 << 6)
    public static let tailCall = FeatureSet(rawValue: 1 << 7)
    public static let extendedConst = FeatureSet(rawValue: 1 << 8)
    public static let multiMemory = FeatureSet(rawValue: 1 << 9)
    public static let memory64 = FeatureSet(rawValue: 1 << 10)
    public static let exceptions = FeatureSet(rawValue: 1 << 11)
    public static let functionReferences = FeatureSet(rawValue: 1 << 12)
    public static let gc = FeatureSet(rawValue: 1 << 13)
    public static let threads = FeatureSet(rawValue: 1 << 14)
    public static let customPageSizes = FeatureSet(rawValue: 1 << 15)
    public static let wideArithmetic = FeatureSet(rawValue: 1 << 16)

    /// The MVP (WebAssembly 1.0): no optional feature.
    public static let mvp: FeatureSet = []
    /// WebAssembly 2.0.
    public static let wasm2: FeatureSet = [
        .signExtension, .saturatingFloatToInt, .multiValue, .bulkMemory, .referenceTypes, .simd,
    ]
    /// WebAssembly 3.0.
    public static let wasm3: FeatureSet = wasm2.union([
        .relaxedSimd, .tailCall, .extendedConst, .multiMemory, .memory64, .exceptions,
        .functionReferences, .gc,
    ])
    /// Everything Tessera knows, including proposals beyond 3.0.
    public static let all: FeatureSet = wasm3.union([.threads, .customPageSizes, .wideArithmetic])
    public static let `default`: FeatureSet = wasm3.union([.threads])
}
