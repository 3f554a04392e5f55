import Testing
import TesseraTypes
import TesseraBinary
import TesseraValidation

@Suite struct ModuleValidatorTests {
    @Test func exportNamesCompareByBytes() {
        var m = Build.module([])
        // "Å" precomposed and decomposed are different names.
        m.exports = [Export(name: "\u{C5}", kind: .function, index: 0), Export(name: "A\u{30A}", kind: .function, index: 0)]
        #expect(validationError(m) == nil)
        m.exports.append(Export(name: "\u{C5}", kind: .function, index: 0))
        #expect(isInvalid(m, "duplicate export name"))
        m.exports = [Export(name: "m", kind: .memory, index: 0)]
        #expect(isInvalid(m, "unknown memory"))
    }

    @Test func limits() {
        var m = WasmModule()
        m.memories = [MemoryType(limits: Limits(min: 65537))]
        #expect(isInvalid(m, "memory size"))
        m.memories = [MemoryType(limits: Limits(min: 1 << 48, is64: true))]
        #expect(validationError(m) == nil)
        m.memories = [MemoryType(limits: Limits(min: 2, max: 1))]
        #expect(isInvalid(m, "size minimum must not be greater than maximum"))
        m.memories = [MemoryType(limits: Limits(min: 1, isShared: true))]
        #expect(isInvalid(m, "shared memory must have maximum"))
        m.memories = [MemoryType(limits: Limits(min: 1)), MemoryType(limits: Limits(min: 1))]
        #expect(validationError(m) == nil)
        #expect(isInvalid(m, "multiple memories", features: .wasm2))
        m.memories = []
        m.tables = [Table(type: TableType(elementType: .funcref, limits: Limits(min: 1 << 32)))]
        #expect(isInvalid(m, "table size"))
    }

    @Test func tablesOfNonNullableReferencesNeedAnInitializer() {
        var m = WasmModule()
        m.recGroups = [Build.function()]
        let type = TableType(elementType: .ref(0, nullable: false), limits: Limits(min: 1))
        m.tables = [Table(type: type)]
        #expect(isInvalid(m, "type mismatch"))
        m.tables = [Table(type: type, initializer: ConstExpression([.refNull(.concrete(0))]))]
        #expect(isInvalid(m, "type mismatch"))
        m.functions = [0]
        m.codes = [Build.body([])]
        m.tables = [Table(type: type, initializer: ConstExpression([.refFunc(0)]))]
        #expect(validationError(m) == nil)
    }

    @Test func constantExpressions() {
        var m = WasmModule()
        let i32 = GlobalType(.i32, mutable: false)
        m.imports = [Import(module: "m", name: "g", descriptor: .global(GlobalType(.i32, mutable: true)))]
        m.globals = [Global(type: i32, initializer: ConstExpression([.globalGet(0)]))]
        #expect(isInvalid(m, "constant expression required"))
        m.imports = []
        m.globals = [
            Global(type: i32, initializer: ConstExpression([.i32Const(1), .i32Const(2), .i32Mul])),
            Global(type: i32, initializer: ConstExpression([.globalGet(0)])),
        ]
        #expect(validationError(m) == nil)
        m.globals.swapAt(0, 1)
        #expect(isInvalid(m, "unknown global"))
        m.globals = [Global(type: i32, initializer: ConstExpression([.i32Const(1), .i32Const(2), .i32DivS]))]
        #expect(isInvalid(m, "constant expression required"))
        m.globals = [Global(type: i32, initializer: ConstExpression([.i64Const(1)]))]
        #expect(isInvalid(m, "type mismatch"))
        m.globals = [Global(type: i32, initializer: ConstExpression([]))]
        #expect(isInvalid(m, "type mismatch"))
    }

    @Test func segments() {
        var m = WasmModule()
        m.data = [DataSegment(mode: .active(index: 1, offset: ConstExpression([.i32Const(0)])), bytes: [])]
        m.memories = [MemoryType(limits: Limits(min: 1))]
        #expect(isInvalid(m, "unknown memory 1"))
        m.data = [DataSegment(mode: .active(index: 0, offset: ConstExpression([.i64Const(0)])), bytes: [])]
        #expect(isInvalid(m, "type mismatch"))
        m.elements = [ElementSegment(type: .externref, mode: .active(index: 0, offset: ConstExpression([.i32Const(0)])),
                                     items: .expressions([]))]
        m.data = []
        #expect(isInvalid(m, "unknown table 0"))
        m.tables = [Table(type: TableType(elementType: .funcref, limits: Limits(min: 1)))]
        #expect(isInvalid(m, "type mismatch"))
    }

    @Test func startAndTags() {
        var m = Build.module(function: FunctionType(parameters: [.i32]), [])
        m.start = 0
        #expect(isInvalid(m, "start function"))
        m.start = nil
        m.recGroups.append(Build.function([], [.i32]))
        m.tags = [TagType(typeIndex: 1)]
        #expect(isInvalid(m, "non-empty tag result type"))
    }

    @Test func validatedModuleExposesFunctionTypes() throws {
        var m = Build.module(function: FunctionType(parameters: [.i32]), [])
        m.imports = [Import(module: "m", name: "f", descriptor: .function(typeIndex: 0))]
        let validated = try ModuleValidator.validate(m)
        #expect(validated.functionTypes.count == 2)
        #expect(validated.functionType(ofFunction: 1) == FunctionType(parameters: [.i32]))
        #expect(validated.canonicalType(ofFunction: 0) == validated.canonicalType(ofFunction: 1))
    }

    @Test func malformedBodyWinsOverAnEarlierInvalidOne() {
        var m = Build.module([.i32Const(0)])  // invalid: leftover operand
        m.recGroups = [Build.function()]
        m.functions = [0, 0]
        m.codes.append(FunctionBody(localRuns: [], code: [0xFF, 0x0B][...]))  // illegal opcode
        #expect(failure(m.encode())?.kind == .malformed)
        // Also when the invalid part is outside the code section.
        var exports = m
        exports.codes[0] = Build.body([])
        exports.exports = [Export(name: "x", kind: .memory, index: 9)]
        #expect(failure(exports.encode())?.kind == .malformed)
        m.codes[1] = Build.body([])
        let invalid = failure(m.encode())
        #expect(invalid?.kind == .invalid)
        #expect(invalid?.functionIndex == 0)
    }

    func failure(_ bytes: [UInt8]) -> WasmError? {
        do {
            _ = try validateModule(bytes: bytes)
            return nil
        } catch {
            return error
        }
    }
}
