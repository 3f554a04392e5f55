public import TesseraTypes

/// A parsed `.wast` script: the directives of the spec testsuite's script format.
public struct WastScript: Sendable {
    public var directives: [WastDirective]

    public init(directives: [WastDirective]) {
        self.directives = directives
    }
}

/// One top-level directive with its 1-based source line.
public struct WastDirective: Sendable {
    public var kind: WastDirectiveKind
    public var line: Int

    public init(_ kind: WastDirectiveKind, line: Int) {
        self.kind = kind
        self.line = line
    }
}

public enum WastDirectiveKind: Sendable {
    /// `(module ...)`, `(module binary ...)`, `(module quote ...)`, `(module definition ...)`.
    case module(WastModule)
    /// `(module instance $i $m)`: instantiate a module definition.
    case moduleInstance(instance: String?, definition: String?)
    /// `(register "name" $i?)`.
    case register(name: String, instance: String?)
    /// A bare `(invoke ...)` or `(get ...)`.
    case action(WastAction)
    case assertReturn(WastAction, [WastExpected])
    case assertTrap(WastAction, message: String)
    /// `(assert_trap (module ...) "msg")`: instantiation traps.
    case assertTrapModule(WastModule, message: String)
    case assertExhaustion(WastAction, message: String)
    case assertException(WastAction)
    case assertInvalid(WastModule, message: String)
    case assertMalformed(WastModule, message: String)
    case assertUnlinkable(WastModule, message: String)
    /// `assert_malformed_custom` / `assert_invalid_custom` (custom-section and annotation checks).
    case assertMalformedCustom(WastModule, message: String)
    case assertInvalidCustom(WastModule, message: String)

    /// The directive name as written in the script (`assert_return`, `module`, …), used for counting.
    public var name: String {
        switch self {
        case .module: "module"
        case .moduleInstance: "module"
        case .register: "register"
        case .action(let a):
            switch a {
            case .invoke: "invoke"
            case .get: "get"
            }
        case .assertReturn: "assert_return"
        case .assertTrap, .assertTrapModule: "assert_trap"
        case .assertExhaustion: "assert_exhaustion"
        case .assertException: "assert_exception"
        case .assertInvalid: "assert_invalid"
        case .assertMalformed: "assert_malformed"
        case .assertUnlinkable: "assert_unlinkable"
        case .assertMalformedCustom: "assert_malformed_custom"
        case .assertInvalidCustom: "assert_invalid_custom"
        }
    }
}

/// A module inside a script.
public struct WastModule: Sendable {
    public enum Source: Sendable {
        /// A text module: the exact source text of the whole `(module ...)` form, parsed on demand so
        /// that text errors surface when the directive runs (and count as malformed).
        case text(String)
        /// `(module binary "..." ...)`: the concatenated bytes.
        case binary([UInt8])
        /// `(module quote "..." ...)`: the concatenated text of the module fields, parsed when run.
        case quote(String)
    }

    /// `$name` given to the module (or to the definition, for `module definition`).
    public var id: String?
    /// `(module definition ...)`: compiled but not instantiated.
    public var isDefinition: Bool
    public var source: Source
    public var line: Int
    /// For `module quote`: the exact bytes of the quoted text when they are not valid UTF-8 (the string in
    /// `source` then has replacement characters). `binary(features:)` parses these bytes.
    public var quoteBytes: [UInt8]?

    public init(id: String?, isDefinition: Bool = false, source: Source, line: Int, quoteBytes: [UInt8]? = nil) {
        self.id = id
        self.isDefinition = isDefinition
        self.source = source
        self.line = line
        self.quoteBytes = quoteBytes
    }
}

public enum WastAction: Sendable {
    case invoke(module: String?, name: String, arguments: [WastValue])
    case get(module: String?, name: String)
}

/// A concrete argument or result value.
public enum WastValue: Hashable, Sendable {
    case i32(UInt32)
    case i64(UInt64)
    /// Bit pattern.
    case f32(UInt32)
    /// Bit pattern.
    case f64(UInt64)
    case v128(V128)
    case refNull(HeapType)
    /// `(ref.extern n)`: a host reference the script identifies by number.
    case refExtern(UInt32)
    /// `(ref.host n)`.
    case refHost(UInt32)
}

/// A NaN pattern of `assert_return`.
public enum NaNPattern: Hashable, Sendable {
    case canonical
    case arithmetic
}

/// One lane of a `v128` result pattern.
public enum LanePattern: Hashable, Sendable {
    case i8(UInt8), i16(UInt16), i32(UInt32), i64(UInt64)
    case f32(UInt32), f64(UInt64)
    case f32NaN(NaNPattern), f64NaN(NaNPattern)
}

/// An expected result of `assert_return`.
public indirect enum WastExpected: Hashable, Sendable {
    case value(WastValue)
    case f32NaN(NaNPattern)
    case f64NaN(NaNPattern)
    /// `(v128.const <shape> <lane patterns>)` where some lane is a NaN pattern; plain v128 results
    /// are `.value(.v128)`.
    case v128Lanes([LanePattern])
    /// `(ref.null)` with no heap type: any null reference.
    case anyNull
    /// `(ref.func)` (any function reference) or `(ref.func $f / n)`.
    case refFunc(String?)
    /// `(ref.extern)` with no number: any extern reference.
    case anyRefExtern
    /// `(ref.struct)`, `(ref.array)`, `(ref.eq)`, `(ref.any)`, `(ref.i31)`: a non-null reference of that kind.
    case refKind(AbstractHeapType)
    /// `(ref.i31 n)`.
    case refI31(UInt32)
    /// `(either r1 r2 ...)`: one of the alternatives.
    case either([WastExpected])
}
