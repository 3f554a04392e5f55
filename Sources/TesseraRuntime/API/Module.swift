public import TesseraTypes
public import TesseraBinary
public import TesseraValidation

/// A validated, compiled module: immutable and shareable across threads and stores.
public struct Module: Sendable {
    public let engine: Engine
    /// The decoded module with the facts validation derived.
    public let validated: ValidatedModule
    let compiled: CompiledCode

    /// Decodes, validates and translates a module binary. Each function body is decoded and validated
    /// once, with the translator joining the validator's lockstep as its `FunctionBodyVisitor`.
    public init(engine: Engine, bytes: [UInt8]) throws(WasmError) {
        let features = engine.configuration.features
        let decoded = try WasmModule(decoding: bytes, features: features)
        var compiler = ModuleCompiler()
        self.engine = engine
        self.validated = try ModuleValidator.validate(decoded, features: features, visitor: &compiler)
        self.compiled = CompiledCode(words: compiler.words, functions: compiler.functions)
    }

    public var module: WasmModule { validated.module }

    /// The module's imports in order.
    public var imports: [Import] { validated.module.imports }

    /// The module's exports in order.
    public var exports: [Export] { validated.module.exports }
}

/// The IR of every defined function in one immutable buffer.
final class CompiledCode: @unchecked Sendable {
    struct Function {
        var start: Int
        var frameSize: Int
        var localCount: Int
        var headerSlot: Int
    }

    let code: UnsafeMutablePointer<UInt64>
    let count: Int
    let functions: [Function]

    init(words: [UInt64], functions: [Function]) {
        count = words.count
        code = .allocate(capacity: max(words.count, 1))
        _ = UnsafeMutableBufferPointer(start: code, count: words.count).initialize(from: words)
        self.functions = functions
    }

    deinit { code.deallocate() }
}

/// The translation driver: the visitor `ModuleValidator` hands every body's instructions to right
/// after validating them, so the translator may assume validity and each body is decoded once.
struct ModuleCompiler: FunctionBodyVisitor {
    var words: [UInt64] = []
    var functions: [CompiledCode.Function] = []
    /// The translator of the body being visited.
    var translator: Translator?

    mutating func beginFunction(_ functionIndex: UInt32, validator: borrowing FunctionValidator) {
        translator = Translator(context: validator.context, type: validator.functionType,
                                localCount: Int(validator.localCount))
    }

    mutating func visit(_ instruction: Instruction, offset: Int, validator: borrowing FunctionValidator) {
        translator!.translate(instruction)
    }

    mutating func endFunction(_ functionIndex: UInt32, validator: borrowing FunctionValidator) {
        guard let translator else { return }
        functions.append(CompiledCode.Function(start: words.count, frameSize: translator.frameSize,
                                               localCount: translator.localCount,
                                               headerSlot: translator.headerSlot))
        words.append(contentsOf: translator.code)
        self.translator = nil
    }
}
