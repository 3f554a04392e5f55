public import TesseraTypes

/// Decodes the instructions of one function body, one at a time, checking that the instruction stream
/// is well-formed: every opcode and immediate decodes, `else` appears only in an `if`, blocks are closed
/// by the final `end` which ends exactly at the body's end, and `memory.init`, `data.drop`,
/// `array.new_data` and `array.init_data` appear only when the module has a data count section ("data
/// count section required").
///
/// For a module decoded from a binary, the body is read as the reference interpreter reads it: reads
/// are not stopped at the body's declared end but at the binary's, and the final `end` must land on the
/// body's end ("section size mismatch"). A body missing its `end` thus fails as the spec tests expect
/// ("END opcode expected", "unexpected end of section or function", "section size mismatch").
///
/// ## Driving it from validation
///
/// The validation driver feeds each instruction to the function validator as it is decoded. The spec
/// decodes the whole module before validating it, so a module with a malformed body is malformed even
/// when an earlier body is invalid. The agreed protocol: when validating the body with code index `i`
/// fails with an `invalid` error, the driver finishes decoding that body (`skipRemaining()`) and the
/// later ones (`module.checkFunctionBodies(from: i + 1)`), and throws their malformed error instead, if
/// there is one. (`checkFunctionBodies(from: i)` decodes body `i` again from its start, to the same
/// effect.)
public struct FunctionBodyDecoder: Sendable {
    /// The reader, positioned after the instruction `next()` returned last.
    public private(set) var reader: BinaryReader
    /// Byte offset (absolute in the binary) of the instruction `next()` returned last.
    public private(set) var instructionOffset: Int
    /// Absolute offset of the body's end.
    public let bodyEnd: Int
    /// The function index errors are reported with.
    public let functionIndex: UInt32?
    /// Whether the module has a data count section, which data-segment instructions require.
    public let hasDataCount: Bool
    let checksDataCount: Bool
    /// One entry per open block, the function's own included: whether it is an `if` still expecting its
    /// optional `else`. Empty once the final `end` has been decoded.
    private var openBlocks: [Bool] = [false]

    /// A decoder for a body on its own: reads stop at the end of `body.code`.
    public init(body: FunctionBody, hasDataCount: Bool, functionIndex: UInt32? = nil) {
        self.reader = BinaryReader(body.code)
        self.instructionOffset = body.code.startIndex
        self.bodyEnd = body.code.endIndex
        self.functionIndex = functionIndex
        self.hasDataCount = hasDataCount
        self.checksDataCount = true
    }

    /// A decoder for the body of the `codeIndex`-th defined function of `module`.
    public init(module: WasmModule, codeIndex: Int) {
        self.init(module: module, codeIndex: codeIndex, checksDataCount: true)
    }

    init(module: WasmModule, codeIndex: Int, checksDataCount: Bool) {
        let body = module.codes[codeIndex]
        let layout = module.sourceLayout
        if let binary = layout.binary, Self.isSlice(body.code, of: binary) {
            self.reader = BinaryReader(binary, offset: body.code.startIndex, end: binary.count)
        } else {
            self.reader = BinaryReader(body.code)
        }
        self.instructionOffset = body.code.startIndex
        self.bodyEnd = body.code.endIndex
        let imported = layout.importCount == module.imports.count
            ? layout.importedFunctionCount : module.importedFunctionCount
        self.functionIndex = UInt32(truncatingIfNeeded: imported + codeIndex)
        self.hasDataCount = module.dataCount != nil
        self.checksDataCount = checksDataCount
    }

    /// Whether `code` is still a slice of `binary` (not replaced after decoding). An empty body is
    /// malformed wherever it reads from.
    private static func isSlice(_ code: ArraySlice<UInt8>, of binary: [UInt8]) -> Bool {
        guard code.endIndex <= binary.count else { return false }
        if code.isEmpty { return true }
        return code.withUnsafeBufferPointer { slice in
            binary.withUnsafeBufferPointer { whole in
                slice.baseAddress == whole.baseAddress.map { $0 + code.startIndex }
            }
        }
    }

    /// Whether the final `end` has been decoded.
    public var isFinished: Bool { openBlocks.isEmpty }

    /// Open blocks, the function's own included: 1 at the start, 0 once the final `end` is decoded.
    public var depth: Int { openBlocks.count }

    /// The next instruction, or nil once the final `end` has been returned.
    public mutating func next() throws(WasmError) -> Instruction? {
        guard !openBlocks.isEmpty else { return nil }
        instructionOffset = reader.offset
        let instruction: Instruction
        do throws(WasmError) {
            instruction = try Instruction.decode(from: &reader)
        } catch {
            throw self.error(error.message, at: error.offset ?? instructionOffset)
        }
        let opcode = reader.bytes[instructionOffset]
        switch BlockEffect(opcode: opcode) {
        case .opensBlock:
            openBlocks.append(false)
        case .opensIf:
            openBlocks.append(true)
        case .else:
            guard openBlocks[openBlocks.count - 1] else {
                throw error("END opcode expected", at: instructionOffset)
            }
            openBlocks[openBlocks.count - 1] = false
        case .end:
            openBlocks.removeLast()
            if openBlocks.isEmpty && reader.offset != bodyEnd {
                throw error("section size mismatch", at: reader.offset)
            }
        case .none:
            if opcode >= 0xFB && checksDataCount && !hasDataCount && Self.usesDataIndex(instruction) {
                throw error("data count section required", at: instructionOffset)
            }
        }
        return instruction
    }

    /// Whether an instruction refers to a data segment, which requires a data count section.
    private static func usesDataIndex(_ instruction: Instruction) -> Bool {
        switch instruction {
        case .memoryInit, .dataDrop, .arrayNewData, .arrayInitData: true
        default: false
        }
    }

    /// Decodes the rest of the body without returning the instructions (a well-formedness check).
    public mutating func skipRemaining() throws(WasmError) {
        while try next() != nil {}
    }

    private func error(_ message: String, at offset: Int) -> WasmError {
        WasmError(.malformed, message, offset: offset, functionIndex: functionIndex)
    }
}

extension WasmModule {
    /// A decoder for the body of the `codeIndex`-th defined function.
    public func bodyDecoder(codeIndex: Int) -> FunctionBodyDecoder {
        FunctionBodyDecoder(module: self, codeIndex: codeIndex)
    }

    /// Decodes the function bodies from `codeIndex` on, without validating them, and throws the first
    /// malformed error. The validation driver calls it after an `invalid` error in body `codeIndex`, so
    /// that a malformed body (that one or a later one) takes precedence, as the spec requires.
    public func checkFunctionBodies(from codeIndex: Int = 0) throws(WasmError) {
        var index = codeIndex
        while index < codes.count {
            var decoder = FunctionBodyDecoder(module: self, codeIndex: index)
            try decoder.skipRemaining()
            index += 1
        }
    }
}
