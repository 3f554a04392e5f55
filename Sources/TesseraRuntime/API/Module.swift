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
        var compiler = ModuleCompiler(limitChecks: Translator.LimitChecks(
            fuel: engine.configuration.fuelMetering, interrupt: engine.configuration.interruptible))
        self.engine = engine
        self.validated = try ModuleValidator.validate(decoded, features: features, visitor: &compiler)
        self.compiled = CompiledCode(words: compiler.words, functions: compiler.functions,
                                     sourceMap: compiler.sourceMap)
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
        /// Slots of the parameters and locals.
        var localCount: Int
        var headerSlot: Int
    }

    let code: UnsafeMutablePointer<UInt64>
    let count: Int
    /// In code order (function i of the module's defined functions is `functions[i]`).
    let functions: [Function]
    /// Code index of IR instructions and the wasm byte offset each came from, in code order (an entry
    /// covers the instructions up to the next entry).
    let sourceMap: [SourceMapEntry]

    struct SourceMapEntry {
        var code: Int32
        var offset: Int32
    }

    init(words: [UInt64], functions: [Function], sourceMap: [SourceMapEntry]) {
        count = words.count
        code = .allocate(capacity: max(words.count, 1))
        _ = UnsafeMutableBufferPointer(start: code, count: words.count).initialize(from: words)
        self.functions = functions
        self.sourceMap = sourceMap
    }

    /// The defined function (index among the defined functions) whose code contains `codeIndex`.
    func function(containing codeIndex: Int) -> Int? {
        guard codeIndex >= 0, codeIndex < count, !functions.isEmpty else { return nil }
        var lo = 0, hi = functions.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if functions[mid].start <= codeIndex { lo = mid } else { hi = mid - 1 }
        }
        return functions[lo].start <= codeIndex ? lo : nil
    }

    /// The wasm byte offset of the instruction the IR at `codeIndex` was translated from.
    func sourceOffset(of codeIndex: Int) -> Int? {
        var lo = 0, hi = sourceMap.count - 1
        guard hi >= 0, Int(sourceMap[0].code) <= codeIndex else { return nil }
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(sourceMap[mid].code) <= codeIndex { lo = mid } else { hi = mid - 1 }
        }
        return Int(sourceMap[lo].offset)
    }

    deinit { code.deallocate() }
}

/// The translation driver: the visitor `ModuleValidator` hands every body's instructions to right
/// after validating them, so the translator may assume validity and each body is decoded once.
struct ModuleCompiler: FunctionBodyVisitor {
    var words: [UInt64] = []
    var functions: [CompiledCode.Function] = []
    var sourceMap: [CompiledCode.SourceMapEntry] = []
    /// The translator of the body being visited.
    var translator: Translator?
    /// The fuel and interrupt checks the engine compiles.
    var limitChecks: Translator.LimitChecks

    init(limitChecks: Translator.LimitChecks) {
        self.limitChecks = limitChecks
    }

    mutating func beginFunction(_ functionIndex: UInt32, validator: borrowing FunctionValidator) {
        translator = Translator(context: validator.context, type: validator.functionType,
                                localRuns: validator.localRuns, limitChecks: limitChecks)
    }

    mutating func visit(_ instruction: Instruction, offset: Int, validator: borrowing FunctionValidator) {
        translator!.sourceOffset = offset
        translator!.translate(instruction)
    }

    mutating func endFunction(_ functionIndex: UInt32, validator: borrowing FunctionValidator) {
        guard var translator else { return }
        translator.applyAccumulatorLinks()
        translator.finishFuel()
        functions.append(CompiledCode.Function(start: words.count, frameSize: translator.frameSize,
                                               localCount: translator.localSlotCount,
                                               headerSlot: translator.headerSlot))
        let base = words.count
        for entry in translator.sourceMap {
            sourceMap.append(CompiledCode.SourceMapEntry(code: Int32(truncatingIfNeeded: base + entry.code),
                                                         offset: Int32(truncatingIfNeeded: entry.offset)))
        }
        words.append(contentsOf: translator.code)
        self.translator = nil
    }
}
