public import TesseraTypes

/// The index spaces of a module that instruction immediates refer to, by number or `$name`.
public enum IndexSpace: String, Hashable, Sendable, CaseIterable {
    case type, function, table, memory, global, local, tag, elem, data
}

/// Parses the text-format immediates of one instruction, kind by kind. The generated
/// `Instruction.parse(mnemonic:_:)` calls these after reading the mnemonic; the text parser implements
/// them with its token cursor and name resolution (identifiers, numeric literal syntax, `offset=`/`align=`,
/// defaults for omitted indices, type uses). Errors are `malformed` text errors, except unknown names,
/// which the implementation reports as the spec does (e.g. "unknown label", "unknown type").
public protocol InstructionImmediateParser {
    /// A branch label: a depth or a `$label` name.
    mutating func parseLabel() throws(WasmError) -> UInt32
    /// A required index in `space`.
    mutating func parseIndex(_ space: IndexSpace) throws(WasmError) -> UInt32
    /// An index in `space` that may be omitted (0 then): table.get/set/size/grow/fill, memory.size/grow/fill.
    mutating func parseOptionalIndex(_ space: IndexSpace) throws(WasmError) -> UInt32
    /// `memory.init memidx? dataidx` / `table.init tableidx? elemidx`: the optional index (0 when omitted)
    /// and the required one.
    mutating func parseOptionalIndexThenIndex(
        _ optional: IndexSpace, _ required: IndexSpace
    ) throws(WasmError) -> (optional: UInt32, index: UInt32)
    /// `memory.copy`/`table.copy`: both indices (destination, source) or neither (0, 0).
    mutating func parseOptionalIndexPair(_ space: IndexSpace) throws(WasmError) -> (UInt32, UInt32)
    /// A field of struct type `typeIndex`: a number or a `$field` name.
    mutating func parseFieldIndex(typeIndex: UInt32) throws(WasmError) -> UInt32
    /// A plain u32 literal (`array.new_fixed` count).
    mutating func parseU32() throws(WasmError) -> UInt32

    /// The label and block type of `block`/`loop`/`if`/`try_table`: `$label? (type x)? (param t*)* (result t*)*`.
    mutating func parseBlockType() throws(WasmError) -> BlockType
    /// `br_table l* l`.
    mutating func parseBrTable() throws(WasmError) -> BrTable
    /// The `(catch x l)`, `(catch_ref x l)`, `(catch_all l)`, `(catch_all_ref l)` clauses of `try_table`.
    mutating func parseCatches() throws(WasmError) -> [Catch]
    /// `call_indirect`/`return_call_indirect`: `tableidx? typeuse`; the type use resolves to a type index.
    mutating func parseCallIndirect() throws(WasmError) -> (typeIndex: UInt32, tableIndex: UInt32)
    /// `select (result t*)*`: nil when no result clause follows (untyped `select`).
    mutating func parseSelectResultTypes() throws(WasmError) -> [ValueType]?

    /// `memidx? offset=n? align=n?`; `naturalAlignment` (log2) is the default alignment.
    mutating func parseMemArg(naturalAlignment: UInt32) throws(WasmError) -> MemArg
    /// `memidx? offset=n? align=n? laneidx` of v128.loadN_lane/storeN_lane.
    mutating func parseMemArgLane(naturalAlignment: UInt32) throws(WasmError) -> (memArg: MemArg, lane: UInt8)
    /// A lane index (extract_lane/replace_lane).
    mutating func parseLane() throws(WasmError) -> UInt8
    /// The 16 lane indices of `i8x16.shuffle`, as bytes.
    mutating func parseShuffle() throws(WasmError) -> V128

    mutating func parseI32() throws(WasmError) -> Int32
    mutating func parseI64() throws(WasmError) -> Int64
    mutating func parseF32Bits() throws(WasmError) -> UInt32
    mutating func parseF64Bits() throws(WasmError) -> UInt64
    /// `v128.const` with its shape: `i8x16 n*16`, `i16x8 n*8`, `i32x4 n*4`, `i64x2 n*2`, `f32x4 z*4`, `f64x2 z*2`.
    mutating func parseV128() throws(WasmError) -> V128

    /// A heap type (`ref.null ht`): an abstract type keyword or a type index.
    mutating func parseHeapType() throws(WasmError) -> HeapType
    /// A reference type: `(ref null? ht)` or an abbreviation such as `funcref` (ref.test, ref.cast, br_on_cast).
    mutating func parseRefType() throws(WasmError) -> RefType
}
