public import TesseraTypes

/// The decoded contents of a module binary, section by section. Function bodies stay as byte ranges of
/// `bytes`: they are decoded once, by the validator/translator driver, in lockstep with validation.
///
/// The text parser builds the same structure and the encoder turns it into a binary.
///
/// Two modules are equal when their contents are: byte offsets recorded for diagnostics are ignored, and
/// function bodies and custom sections compare by bytes.
public struct WasmModule: Sendable, Equatable {
    /// Type section: recursion groups in order. `types` flattens them into one index space.
    public var recGroups: [RecGroup] = []
    public var imports: [Import] = []
    /// Function section: the type index of each defined (non-imported) function.
    public var functions: [UInt32] = []
    public var tables: [Table] = []
    public var memories: [MemoryType] = []
    public var tags: [TagType] = []
    public var globals: [Global] = []
    public var exports: [Export] = []
    public var start: UInt32?
    public var elements: [ElementSegment] = []
    /// The data count section's value, if the section is present.
    public var dataCount: UInt32?
    public var codes: [FunctionBody] = []
    public var data: [DataSegment] = []
    public var customSections: [CustomSection] = []
    /// The decoded `name` custom section, if present and well-formed.
    public var names: NameSection?

    /// The binary this module was decoded from (nil for modules built in memory): `FunctionBodyDecoder`
    /// reads a body in it as the reference interpreter does, which words the errors of malformed bodies
    /// alike. No part of equality.
    var sourceLayout = SourceLayout()

    public init() {}

    /// Whether the encoder writes the section with this id (a section with no content is left out).
    public func hasSection(id: UInt8) -> Bool {
        switch id {
        case 1: !recGroups.isEmpty
        case 2: !imports.isEmpty
        case 3: !functions.isEmpty
        case 4: !tables.isEmpty
        case 5: !memories.isEmpty
        case 13: !tags.isEmpty
        case 6: !globals.isEmpty
        case 7: !exports.isEmpty
        case 8: start != nil
        case 9: !elements.isEmpty
        case 12: dataCount != nil
        case 10: !codes.isEmpty
        case 11: !data.isEmpty
        default: false
        }
    }

    /// All defined types, flattened over the recursion groups (the type index space).
    public var types: [SubType] { recGroups.flatMap(\.types) }
}

public struct Import: Hashable, Sendable {
    public var module: String
    public var name: String
    public var descriptor: ImportDescriptor

    public init(module: String, name: String, descriptor: ImportDescriptor) {
        self.module = module
        self.name = name
        self.descriptor = descriptor
    }
}

public enum ImportDescriptor: Hashable, Sendable {
    case function(typeIndex: UInt32)
    case table(TableType)
    case memory(MemoryType)
    case global(GlobalType)
    case tag(TagType)

    public var kind: ExternalKind {
        switch self {
        case .function: .function
        case .table: .table
        case .memory: .memory
        case .global: .global
        case .tag: .tag
        }
    }
}

public struct Export: Hashable, Sendable {
    public var name: String
    public var kind: ExternalKind
    public var index: UInt32

    public init(name: String, kind: ExternalKind, index: UInt32) {
        self.name = name
        self.kind = kind
        self.index = index
    }
}

/// A constant expression: its instructions, without the final `end`.
///
/// Equality and hashing consider the instructions only, not the offset.
public struct ConstExpression: Hashable, Sendable {
    public var instructions: [Instruction]
    /// Byte offset of the expression in the binary, for error messages.
    public var offset: Int

    public init(_ instructions: [Instruction], offset: Int = 0) {
        self.instructions = instructions
        self.offset = offset
    }

    public static func == (lhs: ConstExpression, rhs: ConstExpression) -> Bool {
        lhs.instructions == rhs.instructions
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(instructions)
    }
}

public struct Table: Hashable, Sendable {
    public var type: TableType
    /// Explicit initialiser (binary form 0x40 0x00); nil means null of the element type.
    public var initializer: ConstExpression?

    public init(type: TableType, initializer: ConstExpression? = nil) {
        self.type = type
        self.initializer = initializer
    }
}

public struct Global: Hashable, Sendable {
    public var type: GlobalType
    public var initializer: ConstExpression

    public init(type: GlobalType, initializer: ConstExpression) {
        self.type = type
        self.initializer = initializer
    }
}

public enum SegmentMode: Hashable, Sendable {
    case passive
    case active(index: UInt32, offset: ConstExpression)
    case declarative
}

public struct ElementSegment: Hashable, Sendable {
    public var type: RefType
    public var mode: SegmentMode
    public var items: ElementItems

    public init(type: RefType, mode: SegmentMode, items: ElementItems) {
        self.type = type
        self.mode = mode
        self.items = items
    }
}

public enum ElementItems: Hashable, Sendable {
    /// Function indices (the `elemkind` forms).
    case functions([UInt32])
    /// Constant expressions (the `reftype` forms).
    case expressions([ConstExpression])

    public var count: Int {
        switch self {
        case .functions(let f): f.count
        case .expressions(let e): e.count
        }
    }
}

public struct DataSegment: Hashable, Sendable {
    /// For active segments `index` is the memory index.
    public var mode: SegmentMode
    public var bytes: [UInt8]

    public init(mode: SegmentMode, bytes: [UInt8]) {
        self.mode = mode
        self.bytes = bytes
    }
}

/// A function body: its local declarations and its instruction bytes.
public struct FunctionBody: Hashable, Sendable {
    /// Local declarations as (count, type) runs, as in the binary.
    public var localRuns: [LocalRun]
    /// The encoded instruction sequence, up to and including the final `end`. When decoded from a
    /// binary this is a slice of that binary (no copy), so its indices are absolute byte offsets.
    public var code: ArraySlice<UInt8>

    public init(localRuns: [LocalRun], code: ArraySlice<UInt8>) {
        self.localRuns = localRuns
        self.code = code
    }
}

public struct LocalRun: Hashable, Sendable {
    public var count: UInt32
    public var type: ValueType

    public init(count: UInt32, type: ValueType) {
        self.count = count
        self.type = type
    }
}

public struct CustomSection: Hashable, Sendable {
    public var name: String
    /// The payload after the name (a slice of the binary when decoded).
    public var payload: ArraySlice<UInt8>
    /// Where the section stood: the id of the last non-custom section before it (0 if none), so the
    /// encoder can put it back in place.
    public var position: Int

    public init(name: String, payload: ArraySlice<UInt8>, position: Int) {
        self.name = name
        self.payload = payload
        self.position = position
    }
}

/// The `name` custom section (module, function and local names; others are kept as raw subsections).
public struct NameSection: Hashable, Sendable {
    public var moduleName: String?
    public var functionNames: [UInt32: String] = [:]
    public var localNames: [UInt32: [UInt32: String]] = [:]

    public init() {}
}

/// Facts about the binary a module was decoded from that only diagnostics need. Always equal.
struct SourceLayout: Hashable, Sendable {
    var binary: [UInt8]?
    /// The number of imports, and of imported functions, when decoded (saves recounting per body).
    var importCount = 0
    var importedFunctionCount = 0

    static func == (lhs: SourceLayout, rhs: SourceLayout) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
}
