/// The abstract heap types of WebAssembly 3.0 (function references, GC and exception handling).
public enum AbstractHeapType: UInt8, Hashable, Sendable, CaseIterable {
    /// `func`: the top of the function hierarchy.
    case function      // func      0x70
    /// `extern`: the top of the external hierarchy.
    case extern        // extern    0x6F
    /// `any`: the top of the internal (GC) hierarchy.
    case any           // any       0x6E
    /// `eq`: references comparable with `ref.eq`.
    case eq            // eq        0x6D
    /// `i31`: unboxed 31-bit integers.
    case i31           // i31       0x6C
    /// `struct`: all structs.
    case structure     // struct    0x6B
    /// `array`: all arrays.
    case array         // array     0x6A
    /// `exn`: the top of the exception hierarchy.
    case exception     // exn       0x69
    /// `none`: the bottom of the internal hierarchy.
    case none          // none      0x71
    /// `noextern`: the bottom of the external hierarchy.
    case noExtern      // noextern  0x72
    /// `nofunc`: the bottom of the function hierarchy.
    case noFunction    // nofunc    0x73
    /// `noexn`: the bottom of the exception hierarchy.
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

    /// The abstract heap type with this one-byte encoding, or nil.
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

    /// The abstract heap type with this text keyword, or nil.
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
    /// An abstract heap type.
    case abstract(AbstractHeapType)
    /// A module-relative type index (`$t` / `n` in the text format).
    case concrete(UInt32)

    /// The abstract `func` heap type.
    public static let function = HeapType.abstract(.function)
    /// The abstract `extern` heap type.
    public static let extern = HeapType.abstract(.extern)
    /// The abstract `exn` heap type.
    public static let exception = HeapType.abstract(.exception)
}

/// A reference type: a nullable or non-nullable reference to a heap type.
public struct RefType: Hashable, Sendable {
    /// Whether the reference may be null (`ref null ht`).
    public var isNullable: Bool
    /// The heap type referred to.
    public var heapType: HeapType

    /// Creates a reference type.
    public init(nullable: Bool, _ heapType: HeapType) {
        self.isNullable = nullable
        self.heapType = heapType
    }

    /// `funcref`: a nullable reference to any function.
    public static let funcref = RefType(nullable: true, .function)
    /// `externref`: a nullable external reference.
    public static let externref = RefType(nullable: true, .extern)
    /// `exnref`: a nullable exception reference.
    public static let exnref = RefType(nullable: true, .exception)
}

/// A value type.
public enum ValueType: Hashable, Sendable {
    /// A 32-bit integer.
    case i32
    /// A 64-bit integer.
    case i64
    /// A 32-bit IEEE 754 float.
    case f32
    /// A 64-bit IEEE 754 float.
    case f64
    /// A 128-bit SIMD vector.
    case v128
    /// A reference.
    case ref(RefType)

    /// `funcref` as a value type.
    public static let funcref = ValueType.ref(.funcref)
    /// `externref` as a value type.
    public static let externref = ValueType.ref(.externref)
    /// `exnref` as a value type.
    public static let exnref = ValueType.ref(.exnref)

    /// Whether the type is `i32`, `i64`, `f32` or `f64`.
    public var isNumeric: Bool {
        switch self {
        case .i32, .i64, .f32, .f64: true
        default: false
        }
    }

    /// Whether the type is a reference type.
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
    /// A packed 8-bit integer.
    case i8
    /// A packed 16-bit integer.
    case i16
    /// An unpacked value type.
    case value(ValueType)

    /// The type an access to the field produces on the operand stack.
    public var unpacked: ValueType {
        switch self {
        case .i8, .i16: .i32
        case .value(let v): v
        }
    }

    /// Whether the storage is `i8` or `i16`.
    public var isPacked: Bool {
        if case .value = self { return false }
        return true
    }
}

/// A struct field or array element type.
public struct FieldType: Hashable, Sendable {
    /// The field's storage type.
    public var storage: StorageType
    /// Whether the field may be set (`mut`).
    public var isMutable: Bool

    /// Creates a field type.
    public init(_ storage: StorageType, mutable: Bool) {
        self.storage = storage
        self.isMutable = mutable
    }
}
