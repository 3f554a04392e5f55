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
    /// Import section: imported items take the first indices of their index spaces.
    public var imports: [Import] = []
    /// Function section: the type index of each defined (non-imported) function.
    public var functions: [UInt32] = []
    /// Table section: the defined tables.
    public var tables: [Table] = []
    /// Memory section: the defined memories.
    public var memories: [MemoryType] = []
    /// Tag section: the defined exception tags.
    public var tags: [TagType] = []
    /// Global section: the defined globals and their initialisers.
    public var globals: [Global] = []
    /// Export section.
    public var exports: [Export] = []
    /// Start section: the function called at instantiation, if any.
    public var start: UInt32?
    /// Element section: the element segments.
    public var elements: [ElementSegment] = []
    /// The data count section's value, if the section is present.
    public var dataCount: UInt32?
    /// Code section: one body per entry of `functions`.
    public var codes: [FunctionBody] = []
    /// Data section: the data segments.
    public var data: [DataSegment] = []
    /// Custom sections in binary order, each with its position among the other sections.
    public var customSections: [CustomSection] = []
    /// The decoded `name` custom section, if present and well-formed.
    public var names: NameSection?

    /// The binary this module was decoded from (nil for modules built in memory): `FunctionBodyDecoder`
    /// reads a body in it as the reference interpreter does, which words the errors of malformed bodies
    /// alike. No part of equality.
    var sourceLayout = SourceLayout()

    /// An empty module.
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

/// An import: a two-level name and the imported item's kind and type.
public struct Import: Hashable, Sendable {
    /// The module name (first level).
    public var module: String
    /// The item name (second level).
    public var name: String
    /// What is imported, with its type.
    public var descriptor: ImportDescriptor

    /// Creates an import.
    public init(module: String, name: String, descriptor: ImportDescriptor) {
        self.module = module
        self.name = name
        self.descriptor = descriptor
    }
}

/// The kind and type of an imported item.
public enum ImportDescriptor: Hashable, Sendable {
    /// A function with the type at this type index.
    case function(typeIndex: UInt32)
    /// A table of this type.
    case table(TableType)
    /// A memory of this type.
    case memory(MemoryType)
    /// A global of this type.
    case global(GlobalType)
    /// An exception tag of this type.
    case tag(TagType)

    /// The external kind of the imported item.
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

/// An export: a name for a function, table, memory, global or tag of the module.
public struct Export: Hashable, Sendable {
    /// The export name (unique within the module).
    public var name: String
    /// The kind of the exported item.
    public var kind: ExternalKind
    /// The exported item's index in the index space of its kind.
    public var index: UInt32

    /// Creates an export.
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
    /// The instructions, without the final `end`.
    public var instructions: [Instruction]
    /// Byte offset of the expression in the binary, for error messages.
    public var offset: Int

    /// Creates a constant expression; `offset` only serves diagnostics.
    public init(_ instructions: [Instruction], offset: Int = 0) {
        self.instructions = instructions
        self.offset = offset
    }

    /// Compares the instructions only.
    public static func == (lhs: ConstExpression, rhs: ConstExpression) -> Bool {
        lhs.instructions == rhs.instructions
    }

    /// Hashes the instructions only.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(instructions)
    }
}

/// A defined table and its optional initialiser.
public struct Table: Hashable, Sendable {
    /// The table's type.
    public var type: TableType
    /// Explicit initialiser (binary form 0x40 0x00); nil means null of the element type.
    public var initializer: ConstExpression?

    /// Creates a table; without an initialiser its elements start as null.
    public init(type: TableType, initializer: ConstExpression? = nil) {
        self.type = type
        self.initializer = initializer
    }
}

/// A defined global: its type and its initialiser.
public struct Global: Hashable, Sendable {
    /// The global's type.
    public var type: GlobalType
    /// The constant expression computing the initial value.
    public var initializer: ConstExpression

    /// Creates a global.
    public init(type: GlobalType, initializer: ConstExpression) {
        self.type = type
        self.initializer = initializer
    }
}

/// How an element or data segment is used.
public enum SegmentMode: Hashable, Sendable {
    /// Passive: copied on demand by `table.init`, `memory.init` or the array instructions.
    case passive
    /// Active: copied into table or memory `index` at `offset` during instantiation.
    case active(index: UInt32, offset: ConstExpression)
    /// Declarative (element segments only): declares functions for `ref.func`; never copied.
    case declarative
}

/// An element segment: references for tables.
public struct ElementSegment: Hashable, Sendable {
    /// The type of the segment's references.
    public var type: RefType
    /// Whether the segment is passive, active or declarative.
    public var mode: SegmentMode
    /// The references, as function indices or as constant expressions.
    public var items: ElementItems

    /// Creates an element segment.
    public init(type: RefType, mode: SegmentMode, items: ElementItems) {
        self.type = type
        self.mode = mode
        self.items = items
    }
}

/// The items of an element segment, in one of the two binary representations.
public enum ElementItems: Hashable, Sendable {
    /// Function indices (the `elemkind` forms).
    case functions([UInt32])
    /// Constant expressions (the `reftype` forms).
    case expressions([ConstExpression])

    /// The number of items.
    public var count: Int {
        switch self {
        case .functions(let f): f.count
        case .expressions(let e): e.count
        }
    }
}

/// A data segment: bytes for a memory.
public struct DataSegment: Hashable, Sendable {
    /// For active segments `index` is the memory index.
    public var mode: SegmentMode
    /// The segment's bytes.
    public var bytes: [UInt8]

    /// Creates a data segment.
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

    /// Creates a body from its local runs and its instruction bytes.
    public init(localRuns: [LocalRun], code: ArraySlice<UInt8>) {
        self.localRuns = localRuns
        self.code = code
    }
}

/// A run of locals of one type, as a function body declares them.
public struct LocalRun: Hashable, Sendable {
    /// The number of locals in the run.
    public var count: UInt32
    /// Their type.
    public var type: ValueType

    /// Creates a run.
    public init(count: UInt32, type: ValueType) {
        self.count = count
        self.type = type
    }
}

/// A custom section: a name and an uninterpreted payload.
public struct CustomSection: Hashable, Sendable {
    /// The section's name.
    public var name: String
    /// The payload after the name (a slice of the binary when decoded).
    public var payload: ArraySlice<UInt8>
    /// Where the section stood: the id of the last non-custom section before it (0 if none), so the
    /// encoder can put it back in place.
    public var position: Int

    /// Creates a custom section.
    public init(name: String, payload: ArraySlice<UInt8>, position: Int) {
        self.name = name
        self.payload = payload
        self.position = position
    }
}

/// The `name` custom section: module, function and local names (other subsections are skipped).
public struct NameSection: Hashable, Sendable {
    /// The module's name (subsection 0).
    public var moduleName: String?
    /// Function names by function index (subsection 1).
    public var functionNames: [UInt32: String] = [:]
    /// Local names by function index, then local index (subsection 2).
    public var localNames: [UInt32: [UInt32: String]] = [:]

    /// An empty name section.
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
