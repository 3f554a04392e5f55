/// The abstract heap types of WebAssembly 3.0 (function references, GC and exception handling).
public enum AbstractHeapType: UInt8, Hashable, Sendable, CaseIterable {
    case function      // func      0x70
    case extern        // extern    0x6F
    case any           // any       0x6E
    case eq            // eq        0x6D
    case i31           // i31       0x6C
    case structure     // struct    0x6B
    case array         // array     0x6A
    case exception     // exn       0x69
    case none          // none      0x71
    case noExtern      // noextern  0x72
    case noFunction    // nofunc    0x73
    case noException   // noexn     0x74

    /// The binary encoding (one byte, also the s33 form of the heap type).
    public var binaryCode: UInt8 {
        switch self {
        case .function: 0x70
        case .extern: 0x6F
        case .any: 0x6E
        case .eq: 0x6D
        case .i31: 0x6C
        case .structure: 0x6B
        case .array: 0x6A
        case .exception: 0x69
        case .none: 0x71
        case .noExtern: 0x72
        case .noFunction: 0x73
        case .noException: 0x74
        }
    }

    public init?(binaryCode: UInt8) {
        guard let found = Self.allCases.first(where: { $0.binaryCode == binaryCode }) else { return nil }
        self = found
    }

    /// The text-format keyword (`func`, `extern`, `any`, …).
    public var textName: String {
        switch self {
        case .function: "func"
        case .extern: "extern"
        case .any: "any"
        case .eq: "eq"
        case .i31: "i31"
        case .structure: "struct"
        case .array: "array"
        case .exception: "exn"
        case .none: "none"
        case .noExtern: "noextern"
        case .noFunction: "nofunc"
        case .noException: "noexn"
        }
    }

    public init?(textName: String) {
        guard let found = Self.allCases.first(where: { $0.textName == textName }) else { return nil }
        self = found
    }

    /// The bottom type of this type's hierarchy.
    public var bottom: AbstractHeapType {
        switch self {
        case .function, .noFunction: .noFunction
        case .extern, .noExtern: .noExtern
        case .exception, .noException: .noException
        case .any, .eq, .i31, .structure, .array, .none: .none
        }
    }

    /// The top type of this type's hierarchy.
    public var top: AbstractHeapType {
        switch self {
        case .function, .noFunction: .function
        case .extern, .noExtern: .extern
        case .exception, .noException: .exception
        case .any, .eq, .i31, .structure, .array, .none: .any
        }
    }
}

/// A heap type: abstract, or a type index into the module's type section.
public enum HeapType: Hashable, Sendable {
    case abstract(AbstractHeapType)
    /// A module-relative type index (`$t` / `n` in the text format).
    case concrete(UInt32)

    public static let function = HeapType.abstract(.function)
    public static let extern = HeapType.abstract(.extern)
    public static let exception = HeapType.abstract(.exception)
}

/// A reference type: a nullable or non-nullable reference to a heap type.
public struct RefType: Hashable, Sendable {
    public var isNullable: Bool
    public var heapType: HeapType

    public init(nullable: Bool, _ heapType: HeapType) {
        self.isNullable = nullable
        self.heapType = heapType
    }

    public static let funcref = RefType(nullable: true, .function)
    public static let externref = RefType(nullable: true, .extern)
    public static let exnref = RefType(nullable: true, .exception)
}

/// A value type.
public enum ValueType: Hashable, Sendable {
    case i32
    case i64
    case f32
    case f64
    case v128
    case ref(RefType)

    public static let funcref = ValueType.ref(.funcref)
    public static let externref = ValueType.ref(.externref)
    public static let exnref = ValueType.ref(.exnref)

    public var isNumeric: Bool {
        switch self {
        case .i32, .i64, .f32, .f64: true
        default: false
        }
    }

    public var isReference: Bool {
        if case .ref = self { return true }
        return false
    }

    /// Whether a local of this type may stay uninitialised (everything but non-nullable references).
    public var isDefaultable: Bool {
        if case .ref(let r) = self { return r.isNullable }
        return true
    }
}

/// A packed or unpacked field storage type (GC).
public enum StorageType: Hashable, Sendable {
    case i8
    case i16
    case value(ValueType)

    /// The type an access to the field produces on the operand stack.
    public var unpacked: ValueType {
        switch self {
        case .i8, .i16: .i32
        case .value(let v): v
        }
    }

    public var isPacked: Bool {
        if case .value = self { return false }
        return true
    }
}

/// A struct field or array element type.
public struct FieldType: Hashable, Sendable {
    public var storage: StorageType
    public var isMutable: Bool

    public init(_ storage: StorageType, mutable: Bool) {
        self.storage = storage
        self.isMutable = mutable
    }
}
