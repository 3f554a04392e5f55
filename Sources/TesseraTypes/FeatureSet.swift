/// WebAssembly features an engine accepts. The default is all of WebAssembly 3.0.
public struct FeatureSet: OptionSet, Hashable, Sendable {
    /// The feature bits.
    public let rawValue: UInt32
    /// Creates a feature set from its bits.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Sign-extension operators (`i32.extend8_s`, `i64.extend32_s`, …).
    public static let signExtension = FeatureSet(rawValue: 1 << 0)
    /// Non-trapping float-to-int conversions (`i32.trunc_sat_f32_s`, …).
    public static let saturatingFloatToInt = FeatureSet(rawValue: 1 << 1)
    /// Several results for functions and blocks, and block parameters.
    public static let multiValue = FeatureSet(rawValue: 1 << 2)
    /// Bulk memory and table operations (`memory.copy`, `memory.fill`, passive segments, …).
    public static let bulkMemory = FeatureSet(rawValue: 1 << 3)
    /// Reference types: `funcref` and `externref` values, several tables, table instructions.
    public static let referenceTypes = FeatureSet(rawValue: 1 << 4)
    /// Fixed-width 128-bit SIMD (`v128`).
    public static let simd = FeatureSet(rawValue: 1 << 5)
    /// Relaxed SIMD: SIMD operators whose results may depend on the platform.
    public static let relaxedSimd = FeatureSet(rawValue: 1 << 6)
    /// Tail calls (`return_call`, `return_call_indirect`, `return_call_ref`).
    public static let tailCall = FeatureSet(rawValue: 1 << 7)
    /// Extended constant expressions: integer `add`, `sub` and `mul` in constant expressions.
    public static let extendedConst = FeatureSet(rawValue: 1 << 8)
    /// More than one memory per module.
    public static let multiMemory = FeatureSet(rawValue: 1 << 9)
    /// 64-bit memories and tables (i64 addresses, limits flag 0x04).
    public static let memory64 = FeatureSet(rawValue: 1 << 10)
    /// Exception handling: tags, `throw`, `throw_ref`, `try_table` and `exnref`.
    public static let exceptions = FeatureSet(rawValue: 1 << 11)
    /// Typed function references: `call_ref`, `br_on_null`, non-nullable references.
    public static let functionReferences = FeatureSet(rawValue: 1 << 12)
    /// Garbage collection: struct, array and `i31` types, declared subtyping, recursion groups.
    public static let gc = FeatureSet(rawValue: 1 << 13)
    /// Threads: shared memories and the atomic instructions (prefix 0xFE).
    public static let threads = FeatureSet(rawValue: 1 << 14)
    /// Custom page sizes for memories (limits flag 0x08).
    public static let customPageSizes = FeatureSet(rawValue: 1 << 15)
    /// Wide arithmetic: `i64.add128`, `i64.sub128`, `i64.mul_wide_s` and `i64.mul_wide_u`.
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
    /// What engines and tools accept unless told otherwise: WebAssembly 3.0 plus threads.
    public static let `default`: FeatureSet = wasm3.union([.threads])
}
