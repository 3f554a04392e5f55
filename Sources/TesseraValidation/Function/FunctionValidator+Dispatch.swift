import TesseraTypes
import TesseraBinary

extension FunctionValidator {
    /// Validates one instruction (errors without offset; `validate(_:offset:)` adds it).
    mutating func step(_ instruction: Instruction) throws(WasmError) {
        let required = instruction.feature
        if !required.isEmpty && !context.features.isSuperset(of: required) {
            throw WasmError.invalid("\(instruction.textName) requires a feature that is not enabled")
        }
        if isConstantExpression && !isConstant(instruction) {
            throw WasmError.invalid("constant expression required")
        }
        switch instruction {
        // Control
        case .unreachable: markUnreachable()
        case .nop: break
        case .block(let type): try enterBlock(.block, type)
        case .loop(let type): try enterBlock(.loop, type)
        case .if(let type): try enterBlock(.if, type)
        case .else: try validateElse()
        case .end: try validateEnd()
        case .br(let l): try validateBr(l)
        case .brIf(let l): try validateBrIf(l)
        case .brTable(let table): try validateBrTable(table)
        case .return: try validateReturn()
        case .call(let f): try validateCall(f, tail: false)
        case .returnCall(let f): try validateCall(f, tail: true)
        case .callIndirect(let type, let table): try validateCallIndirect(typeIndex: type, tableIndex: table, tail: false)
        case .returnCallIndirect(let type, let table):
            try validateCallIndirect(typeIndex: type, tableIndex: table, tail: true)
        case .callRef(let type): try validateCallRef(typeIndex: type, tail: false)
        case .returnCallRef(let type): try validateCallRef(typeIndex: type, tail: true)
        case .brOnNull(let l): try validateBrOnNull(l)
        case .brOnNonNull(let l): try validateBrOnNonNull(l)
        case .throw(let tag): try validateThrow(tag)
        case .throwRef: try validateThrowRef()
        case .tryTable(let type, let catches): try validateTryTable(type, catches)
        // Parametric and variables
        case .drop: _ = try popAny()
        case .select: try validateSelect(nil)
        case .typedSelect(let types): try validateSelect(types)
        case .localGet(let x): try validateLocalGet(x)
        case .localSet(let x): try validateLocalSet(x, tee: false)
        case .localTee(let x): try validateLocalSet(x, tee: true)
        case .globalGet(let x): try validateGlobalGet(x)
        case .globalSet(let x): try validateGlobalSet(x)
        // References
        case .refNull(let heap): try validateRefNull(heap)
        case .refIsNull: try validateRefIsNull()
        case .refFunc(let f): try validateRefFunc(f)
        case .refEq: try validateRefEq()
        case .refAsNonNull: try validateRefAsNonNull()
        case .refTest(let type): try validateCast(type, isTest: true)
        case .refCast(let type): try validateCast(type, isTest: false)
        case .brOnCast(let l, let from, let to): try validateBrOnCast(label: l, from: from, to: to, onFailure: false)
        case .brOnCastFail(let l, let from, let to): try validateBrOnCast(label: l, from: from, to: to, onFailure: true)
        case .anyConvertExtern: try validateAnyConvertExtern(toAny: true)
        case .externConvertAny: try validateAnyConvertExtern(toAny: false)
        case .refI31: try validateRefI31()
        case .i31GetS, .i31GetU: try validateI31Get()
        // Tables
        case .tableGet(let t): try validateTableGet(t)
        case .tableSet(let t): try validateTableSet(t)
        case .tableSize(let t): try validateTableSize(t)
        case .tableGrow(let t): try validateTableGrow(t)
        case .tableFill(let t): try validateTableFill(t)
        case .tableCopy(let d, let s): try validateTableCopy(destination: d, source: s)
        case .tableInit(let e, let t): try validateTableInit(element: e, table: t)
        case .elemDrop(let e): _ = try checkElementSegment(e)
        // Memories
        case .memorySize(let m): try validateMemorySize(m)
        case .memoryGrow(let m): try validateMemoryGrow(m)
        case .memoryFill(let m): try validateMemoryFill(m)
        case .memoryCopy(let d, let s): try validateMemoryCopy(destination: d, source: s)
        case .memoryInit(let d, let m): try validateMemoryInit(data: d, memory: m)
        case .dataDrop(let d): try checkDataSegment(d)
        case .atomicFence: break
        // Aggregates
        case .structNew(let t): try validateStructNew(t, defaults: false)
        case .structNewDefault(let t): try validateStructNew(t, defaults: true)
        case .structGet(let t, let f): try validateStructGet(t, f, signed: nil)
        case .structGetS(let t, let f): try validateStructGet(t, f, signed: true)
        case .structGetU(let t, let f): try validateStructGet(t, f, signed: false)
        case .structSet(let t, let f): try validateStructSet(t, f)
        case .arrayNew(let t): try validateArrayNew(t, defaults: false)
        case .arrayNewDefault(let t): try validateArrayNew(t, defaults: true)
        case .arrayNewFixed(let t, let n): try validateArrayNewFixed(t, count: n)
        case .arrayNewData(let t, let d): try validateArrayNewData(t, data: d)
        case .arrayNewElem(let t, let e): try validateArrayNewElem(t, element: e)
        case .arrayGet(let t): try validateArrayGet(t, signed: nil)
        case .arrayGetS(let t): try validateArrayGet(t, signed: true)
        case .arrayGetU(let t): try validateArrayGet(t, signed: false)
        case .arraySet(let t): try validateArraySet(t)
        case .arrayLen: try validateArrayLen()
        case .arrayFill(let t): try validateArrayFill(t)
        case .arrayCopy(let d, let s): try validateArrayCopy(destination: d, source: s)
        case .arrayInitData(let t, let d): try validateArrayInitData(t, data: d)
        case .arrayInitElem(let t, let e): try validateArrayInitElem(t, element: e)
        default:
            // Numeric, conversion, SIMD, wide arithmetic, loads/stores and atomics.
            guard let signature = instruction.fixedSignature else {
                throw WasmError.invalid("\(instruction.textName) has no validation rule")
            }
            try validateFixed(instruction, signature)
        }
    }

    /// The instructions allowed in constant expressions (with extended-const arithmetic and GC
    /// allocation); `global.get` is further limited to immutable globals.
    func isConstant(_ instruction: Instruction) -> Bool {
        switch instruction {
        case .i32Const, .i64Const, .f32Const, .f64Const, .v128Const, .refNull, .refFunc, .globalGet, .end,
            .structNew, .structNewDefault, .arrayNew, .arrayNewDefault, .arrayNewFixed, .refI31,
            .anyConvertExtern, .externConvertAny:
            true
        case .i32Add, .i32Sub, .i32Mul, .i64Add, .i64Sub, .i64Mul:
            context.features.contains(.extendedConst)
        default:
            false
        }
    }
}
