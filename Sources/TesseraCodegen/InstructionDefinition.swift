/// How an instruction is encoded in the binary format.
public enum Encoding: Hashable, Sendable, Comparable {
    /// A single opcode byte.
    case byte(UInt8)
    /// A prefix byte (0xFB, 0xFC, 0xFD, 0xFE) followed by a LEB128 u32 sub-opcode.
    case prefixed(UInt8, UInt32)

    /// The prefix byte, or nil for a single-byte opcode.
    public var prefix: UInt8? {
        if case .prefixed(let p, _) = self { return p }
        return nil
    }

    /// The encoding as bytes (sub-opcodes in their shortest LEB128 form).
    public var bytes: [UInt8] {
        switch self {
        case .byte(let b): return [b]
        case .prefixed(let p, var sub):
            var out: [UInt8] = [p]
            repeat {
                var byte = UInt8(sub & 0x7F)
                sub >>= 7
                if sub != 0 { byte |= 0x80 }
                out.append(byte)
            } while sub != 0
            return out
        }
    }
}

/// The index spaces an instruction immediate can refer to (mirrors `TesseraText.IndexSpace`).
public enum IndexSpace: String, Hashable, Sendable, CaseIterable {
    /// The index spaces of a module, plus `local` (a function's locals) and `elem`/`data` (segments).
    case type, function, table, memory, global, local, tag, elem, data
}

/// The operator families, by which the `InstructionTable+*.swift` files group their entries.
public enum Family: String, Hashable, Sendable, CaseIterable {
    /// Control, parametric, variable, memory, numeric, conversion, reference, table and bulk operators.
    case control, parametric, variable, memory, numeric, conversion, reference, table, bulk
    /// SIMD, relaxed SIMD, exception handling, GC, atomic and wide-arithmetic operators.
    case simd, relaxedSimd, exceptions, gc, atomics, wideArithmetic
}

/// The shape of an instruction's immediates.
public enum ImmediateKind: Hashable, Sendable {
    /// No immediates.
    case none
    /// `block`, `loop`, `if`: a block type.
    case blockType
    /// A branch label.
    case label
    /// `br_table`: a vector of labels and a default label.
    case brTable
    /// One index, required in the text format.
    case index(IndexSpace)
    /// One index that the text format may omit (default 0): table and memory operators.
    case optionalIndex(IndexSpace)
    /// `call_indirect`: type index then table index.
    case callIndirect
    /// A memory argument: alignment, memory index and offset.
    case memArg
    /// A memory argument and a lane index (`v128.loadN_lane`, `v128.storeN_lane`).
    case memArgLane
    /// A lane index (`extract_lane`, `replace_lane`).
    case lane
    /// `i8x16.shuffle`: 16 lane indices.
    case shuffle
    /// A constant of the named type (floats as bit patterns).
    case i32, i64, f32, f64, v128
    /// `ref.null`.
    case heapType
    /// `ref.test`/`ref.cast`: a reference type whose nullability selects the opcode.
    case castType
    /// `br_on_cast`/`br_on_cast_fail`: a label and two reference types.
    case brOnCast
    /// `select t*`.
    case typedSelect
    /// struct.get/set family: type index, field index.
    case structField
    /// array.new_fixed: type index, element count.
    case arrayNewFixed
    /// array.new_data / array.init_data: type index, data index.
    case arrayData
    /// array.new_elem / array.init_elem: type index, element segment index.
    case arrayElem
    /// array.copy: destination type, source type.
    case arrayCopy
    /// memory.init: data index, memory index.
    case memoryInit
    /// memory.copy: destination memory, source memory.
    case memoryCopy
    /// table.init: element index, table index.
    case tableInit
    /// table.copy: destination table, source table.
    case tableCopy
    /// `try_table`: a block type and catch clauses.
    case tryTable
    /// `atomic.fence`: a reserved byte that must be zero, no payload.
    case zeroByte
}

/// A fixed operand/result stack signature, using value-type names (`i32`, `i64`, `f32`, `f64`, `v128`).
public struct Signature: Hashable, Sendable {
    /// The operand types popped, bottom of the stack first.
    public var parameters: [String]
    /// The result types pushed.
    public var results: [String]

    /// Creates a signature from value-type names.
    public init(_ parameters: [String], _ results: [String]) {
        self.parameters = parameters
        self.results = results
    }
}

/// One instruction of the table: everything the generators need to know about it.
public struct InstructionDefinition: Hashable, Sendable {
    /// The text-format mnemonic.
    public var name: String
    /// The binary opcode (for `castType` instructions, the non-nullable variant).
    public var encoding: Encoding
    /// For `castType` instructions: the opcode of the nullable variant.
    public var nullableEncoding: Encoding?
    /// The shape of the immediates.
    public var immediate: ImmediateKind
    /// `FeatureSet` member names that must all be enabled; empty for the MVP.
    public var features: [String]
    /// The operator family (the table list the entry belongs to).
    public var family: Family
    /// The fixed operand and result types, when the opcode alone determines them.
    public var signature: Signature?
    /// log2 of the natural alignment in bytes, for memory accesses.
    public var naturalAlignment: UInt32?
    /// Overrides the case name derived from `name`.
    public var caseNameOverride: String?
    /// For scalar numeric and conversion instructions: how the interpreter executes them, from which
    /// their handlers and the translator's handler lookup are generated.
    public var execution: Execution?

    /// Creates a table entry.
    public init(
        _ name: String, _ encoding: Encoding, _ immediate: ImmediateKind = .none, feature: [String] = [],
        family: Family, signature: Signature? = nil, align: UInt32? = nil, nullableEncoding: Encoding? = nil,
        caseName: String? = nil, execution: Execution? = nil
    ) {
        self.name = name
        self.encoding = encoding
        self.immediate = immediate
        self.features = feature
        self.family = family
        self.signature = signature
        self.naturalAlignment = align
        self.nullableEncoding = nullableEncoding
        self.caseNameOverride = caseName
        self.execution = execution
    }

    /// The Swift enum case name: the text name split at `.` and `_`, camel-cased.
    public var caseName: String {
        if let caseNameOverride { return caseNameOverride }
        return Self.camelCase(name)
    }

    /// Camel-cases a mnemonic at `.` and `_` (`i32.trunc_sat_f32_s` → `i32TruncSatF32S`).
    public static func camelCase(_ name: String) -> String {
        var result = ""
        var capitalizeNext = false
        for ch in name {
            if ch == "." || ch == "_" {
                capitalizeNext = true
            } else if capitalizeNext {
                result += ch.uppercased()
                capitalizeNext = false
            } else {
                result.append(ch)
            }
        }
        return result
    }

    /// All binary encodings of this instruction.
    public var encodings: [Encoding] {
        [encoding] + (nullableEncoding.map { [$0] } ?? [])
    }
}

/// Shorthands for writing the table.
func sig(_ p: String, _ r: String) -> Signature {
    Signature(p.split(separator: " ").map(String.init), r.split(separator: " ").map(String.init))
}
