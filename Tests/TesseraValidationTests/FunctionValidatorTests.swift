import Testing
import TesseraTypes
import TesseraBinary
import TesseraValidation

@Suite struct FunctionValidatorTests {
    @Test func validArithmeticAndBlocks() {
        let m = Build.module(function: FunctionType(parameters: [.i32], results: [.i32]), [
            .block(.value(.i32)), .localGet(0), .i32Const(1), .i32Add, .end,
        ])
        #expect(validationError(m) == nil)
    }

    @Test func typeMismatchIsWordedLikeTheReferenceInterpreter() throws {
        let m = Build.module(function: FunctionType(results: [.i32]), [.i64Const(5), .i32Eqz])
        let e = try #require(validationError(m))
        #expect(e.kind == .invalid)
        #expect(e.message == "type mismatch: instruction requires [i32] but stack has [i64]")
        #expect(e.functionIndex == 0)
        #expect(e.offset != nil)
        let leftover = Build.module([.i32Const(1)])
        #expect(validationError(leftover)?.message == "type mismatch: block requires [] but stack has [i32]")
    }

    @Test func unknownIndices() {
        #expect(isInvalid(Build.module([.localGet(0), .drop]), "unknown local"))
        #expect(isInvalid(Build.module([.globalGet(0), .drop]), "unknown global"))
        #expect(isInvalid(Build.module([.call(3)]), "unknown function"))
        #expect(isInvalid(Build.module([.br(1)]), "unknown label"))
        #expect(isInvalid(Build.module([.i32Const(0), .tableGet(0), .drop]), "unknown table"))
        #expect(isInvalid(Build.module([.memorySize(0), .drop]), "unknown memory 0"))
        var dataDrop = Build.module([.dataDrop(0)])
        dataDrop.dataCount = 0
        #expect(isInvalid(dataDrop, "unknown data segment"))
        #expect(isInvalid(Build.module([.elemDrop(4)]), "unknown elem segment 4"))
        #expect(isInvalid(Build.module([.block(.typeIndex(9)), .end]), "unknown type"))
    }

    @Test func unreachableCodeIsPolymorphic() {
        let valid = Build.module(function: FunctionType(results: [.i32]), [
            .unreachable, .i64Add, .drop, .select, .refAsNonNull, .drop, .i32Const(0),
        ])
        #expect(validationError(valid) == nil)
        // (ref bot) is still a reference.
        let bottom = Build.module(function: FunctionType(results: [.i32]), [.unreachable, .refAsNonNull, .i32Eqz])
        #expect(isInvalid(bottom, "type mismatch"))
    }

    @Test func brTableTargetsMustAgree() {
        let m = Build.module([
            .block(.value(.i32)), .block(.empty), .i32Const(0), .i32Const(0), .brTable(BrTable(targets: [0], defaultTarget: 1)),
            .end, .i32Const(1), .end, .drop,
        ])
        #expect(isInvalid(m, "type mismatch"))
    }

    @Test func selectNeedsNumericOperandsOrAType() {
        let untyped = Build.module([.refNull(.function), .refNull(.function), .i32Const(1), .select, .drop])
        #expect(isInvalid(untyped, "type mismatch"))
        let typed = Build.module([.refNull(.function), .refNull(.function), .i32Const(1), .typedSelect([.funcref]), .drop])
        #expect(validationError(typed) == nil)
        let arity = Build.module([.i32Const(1), .i32Const(1), .i32Const(1), .typedSelect([.i32, .i32]), .drop])
        #expect(isInvalid(arity, "invalid result arity"))
    }

    @Test func nonNullableLocalsMustBeSetFirst() {
        let local = LocalRun(count: 1, type: .ref(.abstract(.i31, nullable: false)))
        let unset = Build.module(locals: [local], [.localGet(0), .drop])
        #expect(isInvalid(unset, "uninitialized local"))
        let set = Build.module(locals: [local], [.i32Const(1), .refI31, .localSet(0), .localGet(0), .drop])
        #expect(validationError(set) == nil)
        // Initialisation inside a block does not outlive it.
        let scoped = Build.module(locals: [local], [
            .block(.empty), .i32Const(1), .refI31, .localSet(0), .end, .localGet(0), .drop,
        ])
        #expect(isInvalid(scoped, "uninitialized local"))
    }

    @Test func memoryImmediates() {
        var m = Build.module([.i32Const(0), .i32Load(MemArg(align: 3)), .drop])
        m.memories = [MemoryType(limits: Limits(min: 1))]
        #expect(isInvalid(m, "alignment must not be larger than natural"))
        m.codes = [Build.body([.i32Const(0), .i32Load(MemArg(align: 2, offset: 1 << 32)), .drop])]
        #expect(isInvalid(m, "offset out of range"))
        m.memories = [MemoryType(limits: Limits(min: 1, is64: true))]
        m.codes = [Build.body([.i64Const(0), .i32Load(MemArg(align: 2, offset: 1 << 32)), .drop])]
        #expect(validationError(m) == nil)
        m.codes = [Build.body([.i32Const(0), .i32Load(MemArg(align: 2)), .drop])]
        #expect(isInvalid(m, "type mismatch"))
        m.memories = [MemoryType(limits: Limits(min: 1, max: 1, isShared: true))]
        m.codes = [Build.body([.i32Const(0), .i32AtomicLoad(MemArg(align: 1)), .drop])]
        #expect(isInvalid(m, "atomic alignment must be natural"))
    }

    @Test func laneIndices() {
        let zero = V128(low: 0, high: 0)
        #expect(isInvalid(Build.module([.v128Const(zero), .i32x4ExtractLane(4), .drop]), "invalid lane index"))
        #expect(validationError(Build.module([.v128Const(zero), .i32x4ExtractLane(3), .drop])) == nil)
        let shuffle = V128(bytes: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 32])
        #expect(isInvalid(Build.module([.v128Const(zero), .v128Const(zero), .i8x16Shuffle(shuffle), .drop]),
                          "invalid lane index"))
    }

    @Test func tailCallsMustMatchTheCallerResults() {
        var m = Build.module(function: FunctionType(results: [.i32]), [.returnCall(1)])
        m.recGroups.append(Build.function([], [.i64]))
        m.functions.append(1)
        m.codes.append(Build.body([.i64Const(0)]))
        #expect(isInvalid(m, "type mismatch"))
    }

    @Test func refFuncMustBeDeclared() {
        var m = Build.module([.refFunc(0), .drop])
        #expect(isInvalid(m, "undeclared function reference"))
        m.exports = [Export(name: "f", kind: .function, index: 0)]
        #expect(validationError(m) == nil)
    }

    @Test func structAndArrayRules() {
        let point = RecGroup(types: [SubType(composite: .structure([FieldType(.value(.i32), mutable: false)]))])
        let bytes = RecGroup(types: [SubType(composite: .array(FieldType(.i8, mutable: true)))])
        let immutable = RecGroup(types: [SubType(composite: .array(FieldType(.i8, mutable: false)))])
        let set = Build.module(types: [point], [.i32Const(1), .structNew(0), .i32Const(2), .structSet(typeIndex: 0, fieldIndex: 0)])
        #expect(isInvalid(set, "immutable field"))
        let get = Build.module(types: [bytes], [.i32Const(1), .arrayNewDefault(0), .i32Const(0), .arrayGet(0), .drop])
        #expect(isInvalid(get, "type mismatch"))
        let getU = Build.module(types: [bytes], [.i32Const(1), .arrayNewDefault(0), .i32Const(0), .arrayGetU(0), .drop])
        #expect(validationError(getU) == nil)
        let copy = Build.module(types: [immutable, bytes], [
            .refNull(.concrete(0)), .i32Const(0), .refNull(.concrete(1)), .i32Const(0), .i32Const(0),
            .arrayCopy(destType: 0, sourceType: 1),
        ])
        #expect(isInvalid(copy, "immutable array"))
    }

    @Test func castsAndBranchesOnCasts() {
        let s = RecGroup(types: [SubType(isFinal: false, composite: .structure([]))])
        let ok = Build.module(types: [s], function: FunctionType(results: [.ref(.ref(0))]), [
            .block(.value(.ref(.ref(0, nullable: false)))),
            .refNull(.abstract(.any)), .brOnCast(label: 0, from: .abstract(.any), to: .ref(0, nullable: false)),
            .unreachable, .end,
        ])
        #expect(validationError(ok) == nil)
        let notSub = Build.module(types: [s], [
            .block(.value(.ref(.abstract(.any)))), .refNull(.concrete(0)),
            .brOnCast(label: 0, from: .ref(0), to: .abstract(.any)), .end, .drop,
        ])
        #expect(isInvalid(notSub, "type mismatch"))
        let wrongHierarchy = Build.module([.refNull(.extern), .refTest(.abstract(.any)), .drop])
        #expect(isInvalid(wrongHierarchy, "type mismatch"))
    }

    @Test func tryTableCatchesMatchLabels() {
        var m = Build.module([
            .block(.value(.i32)), .tryTable(.empty, [.catch(tag: 0, label: 0)]), .end, .unreachable, .end, .drop,
        ])
        m.tags = [TagType(typeIndex: 1)]
        m.recGroups.append(Build.function([.i32]))
        #expect(validationError(m) == nil)
        m.codes = [Build.body([
            .block(.value(.i32)), .tryTable(.empty, [.catchRef(tag: 0, label: 0)]), .end, .unreachable, .end, .drop,
        ])]
        #expect(isInvalid(m, "type mismatch"))
    }

    @Test func lockstepStateIsVisible() throws {
        let m = Build.module(function: FunctionType(parameters: [.i64], results: [.i64]), [.localGet(0)])
        let context = try ModuleValidator.validate(m, features: .default).context
        var v = try FunctionValidator(context: context, functionIndex: 0, body: Build.body([]))
        try v.validate(.block(.value(.i64)), offset: 0)
        #expect(v.frames.count == 2)
        #expect(v.frames[1].kind == .block)
        try v.validate(.localGet(0), offset: 1)
        #expect(v.operands == [.value(.i64)])
        try v.validate(.end, offset: 2)
        #expect(v.frames.count == 1)
        try v.validate(.end, offset: 3)
        #expect(v.isFinished)
        #expect(throws: WasmError.self) { try v.validate(.nop, offset: 4) }
    }

    struct Recorder: FunctionBodyVisitor {
        var events: [String] = []
        mutating func beginFunction(_ functionIndex: UInt32, validator: borrowing FunctionValidator) {
            events.append("begin \(functionIndex)")
        }
        mutating func visit(_ instruction: Instruction, offset: Int, validator: borrowing FunctionValidator) {
            events.append("\(instruction.textName) \(validator.operands.count)")
        }
        mutating func endFunction(_ functionIndex: UInt32, validator: borrowing FunctionValidator) {
            events.append("end \(functionIndex) \(validator.isFinished)")
        }
    }

    @Test func visitorsSeeEachValidatedInstruction() throws {
        var m = Build.module(function: FunctionType(results: [.i32]), [.i32Const(1), .i32Const(2), .i32Add])
        m.imports = [Import(module: "m", name: "f", descriptor: .function(typeIndex: 0))]
        var recorder = Recorder()
        _ = try ModuleValidator.validate(m, visitor: &recorder)
        #expect(recorder.events == ["begin 1", "i32.const 1", "i32.const 2", "i32.add 1", "end 0", "end 1 true"])
    }
}
