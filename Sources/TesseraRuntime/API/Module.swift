public import TesseraTypes
public import TesseraBinary
public import TesseraValidation

/// A validated, compiled module: immutable and shareable across threads and stores.
public struct Module: Sendable {
    public let engine: Engine
    /// The decoded module with the facts validation derived.
    public let validated: ValidatedModule
    let compiled: CompiledCode

    /// Decodes, validates and translates a module binary.
    public init(engine: Engine, bytes: [UInt8]) throws(WasmError) {
        let features = engine.configuration.features
        let validated = try validateModule(bytes: bytes, features: features)
        self.engine = engine
        self.validated = validated
        self.compiled = try ModuleCompiler.compile(validated)
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

/// The translation driver: decodes each body once and feeds every instruction to the validator, then
/// to the translator (which may therefore assume validity).
enum ModuleCompiler {
    static func compile(_ validated: ValidatedModule) throws(WasmError) -> CompiledCode {
        let module = validated.module
        let context = validated.context
        var words: [UInt64] = []
        var functions: [CompiledCode.Function] = []
        for codeIndex in module.codes.indices {
            let functionIndex = UInt32(context.importedFunctionCount + codeIndex)
            let body = module.codes[codeIndex]
            var decoder = FunctionBodyDecoder(module: module, codeIndex: codeIndex)
            var validator = try FunctionValidator(context: context, functionIndex: functionIndex, body: body)
            let type = context.functionType(ofFunction: functionIndex)
            let localCount = Int(validator.localCount)
            var translator = Translator(context: context, type: type, localCount: localCount)
            while let instruction = try decoder.next() {
                try validator.validate(instruction, offset: decoder.instructionOffset)
                translator.translate(instruction)
            }
            try validator.finish(offset: decoder.reader.offset)
            functions.append(CompiledCode.Function(start: words.count, frameSize: translator.frameSize,
                                                   localCount: localCount, headerSlot: translator.headerSlot))
            words.append(contentsOf: translator.code)
        }
        return CompiledCode(words: words, functions: functions)
    }
}
