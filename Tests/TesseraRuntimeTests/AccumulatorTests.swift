import Testing
@testable import TesseraRuntime
import TesseraTypes
import TesseraText

/// Values handed from one instruction to the next in the accumulator registers
/// (Interpreter/Handlers+AccumulatorShapes.swift, Translator/Translator+Accumulator.swift): which forms
/// the translator picks, and that programs compute exactly what they did with slots.
@Suite struct AccumulatorTests {
    static let wat = """
    (module
      (memory 1)
      (func (export "put") (param i32 f64) (f64.store (local.get 0) (local.get 1)))
      (func (export "put32") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
      (func (export "get") (param i32) (result f64) (f64.load (local.get 0)))
      (func (export "get32") (param i32) (result i32) (i32.load (local.get 0)))
      ;; load → sub → mul → sqrt, each value in the float accumulator.
      (func (export "chain") (param i32 f64 f64) (result f64)
        (f64.sqrt (f64.mul (f64.sub (local.get 1) (f64.load offset=8 (local.get 0))) (local.get 2))))
      ;; The second load runs inside the add + load pair: its own handler word never runs, so its
      ;; result must stay in its slot.
      (func (export "pairSecond") (param i32 i32) (result f64) (local i32)
        (f64.sub (f64.load offset=24 (local.get 0))
                 (f64.load (local.tee 2 (i32.add (local.get 1) (i32.const 56))))))
      ;; The compare that would read the multiply's result folds into the branch.
      (func (export "count") (param i32) (result i32) (local i32)
        (loop $l
          (local.set 1 (i32.add (local.get 1) (i32.const 1)))
          (br_if $l (i32.lt_s (i32.mul (local.get 1) (i32.const 3)) (local.get 0))))
        (local.get 1))
      ;; The multiply reading the load's result fuses into the add, which then reads it.
      (func (export "madd") (param i32 f64) (result f64)
        (f64.add (f64.mul (f64.load (local.get 0)) (local.get 1)) (local.get 1)))
      ;; Integer chain into a store.
      (func (export "mix") (param i32 i32)
        (i32.store offset=4 (local.get 0) (i32.sub (i32.rotl (i32.load (local.get 0)) (i32.const 5)) (local.get 1))))
      ;; Untyped bits: a load straight into a store.
      (func (export "copy") (param i32 i32) (f64.store offset=8 (local.get 0) (f64.load (local.get 1))))
      ;; f32 values travel in the integer accumulator.
      (func (export "bump") (param i32) (f32.store (local.get 0) (f32.add (f32.load (local.get 0)) (f32.const 1.5))))
      (func (export "getf") (param i32) (result f32) (f32.load (local.get 0)))
      ;; Kind changes: i32 → f64 conversion, f64 compare → i32 arithmetic.
      (func (export "convert") (param i32) (result f64) (f64.convert_i32_s (i32.add (local.get 0) (i32.const 1))))
      (func (export "less") (param f64 f64) (result i32) (i32.add (f64.lt (local.get 0) (local.get 1)) (i32.const 10)))
      ;; A result written to a local that the next instruction reads: slot and accumulator both.
      (func (export "hashMix") (param i32) (result i32) (local i32)
        (local.set 1 (i32.mul (local.get 0) (i32.const 0x7feb352d)))
        (i32.xor (i32.shr_u (local.get 1) (i32.const 15)) (local.get 1)))
      ;; A value arriving in the accumulator at an operator + store pair, and at a fused multiply-add
      ;; (the multiply it came to fuses into the add after it).
      (func (export "addStore") (param i32 i32 f64)
        (f64.store (local.get 0) (f64.add (f64.load (local.get 1)) (local.get 2))))
      (func (export "maddStore") (param i32 i32 f64 f64)
        (f64.store (local.get 0) (f64.add (f64.mul (f64.load (local.get 1)) (local.get 2)) (local.get 3))))
      ;; Constant left operands of non-commutative operators need no constant slot.
      (func (export "scale") (param f64 f64) (result f64) (f64.div (f64.const 0.01) (f64.mul (local.get 0) (local.get 1))))
      (func (export "bit") (param i32) (result i32) (i32.sub (i32.const 0) (i32.shl (i32.const 1) (local.get 0))))
      (func (export "square") (param f64) (result f64) (local f64)
        (local.set 1 (f64.add (local.get 0) (f64.const 1)))
        (f64.mul (local.get 1) (local.get 1))))
    """

    @Test func chainsUseTheAccumulatorForms() throws {
        let counts = try TranslatorFusionTests().handlerCounts(Self.wat, [
            ("i64Load_S_F", i64Load_S_F), ("f64SubRR_SF_F", f64SubRR_SF_F), ("f64MulRR_FS_F", f64MulRR_FS_F),
            ("f64Sqrt_F_S", f64Sqrt_F_S), ("i64Load_S_X", i64Load_S_X), ("store64_X", store64_X),
            ("f64ConvertI32S_X_S", f64ConvertI32S_X_S), ("i32AddRI_SI_X", i32AddRI_SI_X),
            ("f64LtRR_SS_X", f64LtRR_SS_X), ("i32AddRI_XI_S", i32AddRI_XI_S),
        ])
        // i64Load_S_F: madd, addStore, maddStore (chain's load runs in a loaded-operand pair).
        #expect(counts == ["i64Load_S_F": 3, "f64SubRR_SF_F": 1, "f64MulRR_FS_F": 1, "f64Sqrt_F_S": 1,
                           "i64Load_S_X": 1, "store64_X": 1, "f64ConvertI32S_X_S": 1, "i32AddRI_SI_X": 1,
                           "f64LtRR_SS_X": 1, "i32AddRI_XI_S": 1])
    }

    @Test func localsWrittenAndReadNextKeepTheirSlot() throws {
        let counts = try TranslatorFusionTests().handlerCounts(Self.wat, [
            ("i32MulRI_SI_SX", i32MulRI_SI_SX), ("i32ShrURI_XI_X", i32ShrURI_XI_X), ("i32XorRR_XS_S", i32XorRR_XS_S),
            ("f64AddRI_SI_SF", f64AddRI_SI_SF), ("f64MulRR_SF_S", f64MulRR_SF_S),
        ])
        #expect(counts == ["i32MulRI_SI_SX": 1, "i32ShrURI_XI_X": 1, "i32XorRR_XS_S": 1, "f64AddRI_SI_SF": 1,
                           "f64MulRR_SF_S": 1])
        let instance = try instantiate(Self.wat)
        let x: UInt32 = 0xdead_beef, m = x &* 0x7feb_352d
        #expect(try instance.call("hashMix", .i32(Int32(bitPattern: x))) == [.i32(Int32(bitPattern: (m >> 15) ^ m))])
        #expect(try instance.call("square", .float64(2.5)) == [.float64(12.25)])
    }

    @Test func pairsAndFusedProductsTakeTheAccumulator() throws {
        let counts = try TranslatorFusionTests().handlerCounts(Self.wat, [
            ("f64AddRRThenStore64_FS", f64AddRRThenStore64_FS),
            ("fusedF64MulF64AddLeftThenStore64_FSS", fusedF64MulF64AddLeftThenStore64_FSS),
        ])
        #expect(counts == ["f64AddRRThenStore64_FS": 1, "fusedF64MulF64AddLeftThenStore64_FSS": 1])
        let instance = try instantiate(Self.wat)
        _ = try instance.call("put", .i32(8), .float64(1.25))
        _ = try instance.call("addStore", .i32(16), .i32(8), .float64(2))
        #expect(try instance.call("get", .i32(16)) == [.float64(3.25)])
        _ = try instance.call("maddStore", .i32(24), .i32(8), .float64(4), .float64(0.5))
        #expect(try instance.call("get", .i32(24)) == [.float64(5.5)])
        #expect(wasmError { _ = try instance.call("maddStore", .i32(65530), .i32(8), .float64(1), .float64(1)) }?.kind == .trap)
    }

    @Test func constantLeftOperandsStayInTheInstruction() throws {
        let counts = try TranslatorFusionTests().handlerCounts(Self.wat, [
            ("f64MulRR_SS_F", f64MulRR_SS_F), ("f64DivIR_IF_S", f64DivIR_IF_S), ("i32ShlIR_IS_X", i32ShlIR_IS_X),
            ("i32SubIR_IX_S", i32SubIR_IX_S), ("constSlot", constSlot),
        ])
        #expect(counts == ["f64MulRR_SS_F": 1, "f64DivIR_IF_S": 1, "i32ShlIR_IS_X": 1, "i32SubIR_IX_S": 1])
        let instance = try instantiate(Self.wat)
        #expect(try instance.call("scale", .float64(0.5), .float64(4)) == [.float64(0.01 / 2)])
        #expect(try instance.call("scale", .float64(0), .float64(-1)) == [.float64(-.infinity)])
        #expect(try instance.call("bit", .i32(4)) == [.i32(-16)])
        #expect(try instance.call("bit", .i32(33)) == [.i32(-2)])
    }

    @Test func chainsComputeWhatSlotsDid() throws {
        let instance = try instantiate(Self.wat)
        _ = try instance.call("put", .i32(8), .float64(1))
        #expect(try instance.call("chain", .i32(0), .float64(10), .float64(2)) == [.float64((18.0).squareRoot())])
        // The load reading its address from the frame and writing the accumulator still traps.
        #expect(wasmError { _ = try instance.call("chain", .i32(65530), .float64(1), .float64(1)) }?.kind == .trap)

        _ = try instance.call("put", .i32(124), .float64(5.5))
        _ = try instance.call("put", .i32(256), .float64(2.25))
        #expect(try instance.call("pairSecond", .i32(100), .i32(200)) == [.float64(3.25)])
        #expect(try instance.call("count", .i32(30)) == [.i32(10)])
        _ = try instance.call("put", .i32(16), .float64(3))
        #expect(try instance.call("madd", .i32(16), .float64(1.5)) == [.float64(6)])

        let v: UInt32 = 0x8000_0001, k: UInt32 = 0x1234
        _ = try instance.call("put32", .i32(32), .i32(Int32(bitPattern: v)))
        _ = try instance.call("mix", .i32(32), .i32(Int32(bitPattern: k)))
        #expect(try instance.call("get32", .i32(36)) == [.i32(Int32(bitPattern: ((v << 5) | (v >> 27)) &- k))])

        _ = try instance.call("put", .i32(48), .float64(-0.0))
        _ = try instance.call("copy", .i32(56), .i32(48))
        #expect(try instance.call("get", .i32(64)) == [.float64(-0.0)])
        #expect(wasmError { _ = try instance.call("copy", .i32(0), .i32(65532)) }?.kind == .trap)

        _ = try instance.call("put32", .i32(80), .i32(Int32(bitPattern: Float(2.25).bitPattern)))
        _ = try instance.call("bump", .i32(80))
        #expect(try instance.call("getf", .i32(80)) == [.float32(3.75)])

        #expect(try instance.call("convert", .i32(-8)) == [.float64(-7)])
        #expect(try instance.call("less", .float64(1), .float64(2)) == [.i32(11)])
        #expect(try instance.call("less", .float64(.nan), .float64(2)) == [.i32(10)])
    }

    @Test func compareResultsKeptInALocalStayInTheirSlot() throws {
        let wat = """
        (module
          (func (export "flag") (param i32 i32) (result i32) (local i32)
            (local.set 2 (i32.lt_s (local.get 0) (local.get 1)))
            (i32.add (local.get 2) (i32.const 10))))
        """
        // No form writes a compare's result to both its slot and an accumulator: the link is dropped
        // and both instructions keep their plain forms.
        let counts = try TranslatorFusionTests().handlerCounts(wat, [("i32LtSRR", i32LtSRR), ("i32AddRI", i32AddRI)])
        #expect(counts == ["i32LtSRR": 1, "i32AddRI": 1])
        let instance = try instantiate(wat)
        #expect(try instance.call("flag", .i32(1), .i32(2)) == [.i32(11)])
        #expect(try instance.call("flag", .i32(2), .i32(1)) == [.i32(10)])
    }

    @Test func teeOfALocalOrConstantLeavesReadersOnTheSource() throws {
        let wat = """
        (module
          (memory 1)
          (data (i32.const 64) "\\05\\01")
          (func (export "chase") (param i32) (result i32) (local i32)
            (i32.add (i32.load (local.tee 1 (local.get 0))) (local.get 1)))
          (func (export "seven") (param i32) (result i32) (local i32)
            (i32.add (local.get 0) (local.tee 1 (i32.const 7))) (local.get 1) (i32.add)))
        """
        let engine = Engine(configuration: EngineConfiguration(fuelMetering: false, interruptible: false))
        let module = try Module(engine: engine, bytes: parseWat(wat))
        let words = Array(UnsafeBufferPointer(start: module.compiled.code, count: module.compiled.count))
        // `local.get 0; local.tee 1`: the copy into local 1, then the load reads local 0's slot (0).
        let copy = try #require(words.firstIndex(of: handlerWord(copySlot)))
        #expect(Array(words[copy + 1 ... copy + 2]) == [1, 0])
        #expect(words[copy + 5] == 0)
        // The tee'd constant stays an immediate operand.
        #expect(try TranslatorFusionTests().handlerCounts(wat, [("i32AddRI", i32AddRI), ("i32AddRI_SI_X", i32AddRI_SI_X)])
                == ["i32AddRI_SI_X": 1])
        let instance = try instantiate(wat)
        #expect(try instance.call("chase", .i32(64)) == [.i32(261 + 64)])
        #expect(try instance.call("seven", .i32(3)) == [.i32(17)])
    }

    @Test func loadsRunWithTheInstructionTakingTheirValue() throws {
        let wat = """
        (module
          (memory 1)
          (data (i32.const 8) "\\00\\00\\00\\00\\00\\00\\10\\40")
          (data (i32.const 32) "\\07")
          (func (export "loadedSub") (param i32 f64) (result f64) (local f64)
            (local.set 2 (f64.sub (local.get 1) (f64.load offset=8 (local.get 0))))
            (f64.mul (local.get 2) (local.get 2)))
          (func (export "loadedXor") (param i32 i32) (result i32)
            (i32.xor (local.get 1) (i32.load offset=32 (local.get 0))))
          (func (export "loadedStore") (param i32 f64)
            (f64.store offset=16 (local.get 0) (f64.add (f64.load offset=8 (local.get 0)) (local.get 1))))
          (func (export "get") (param i32) (result f64) (f64.load (local.get 0))))
        """
        // The consumers' own handler words stay in the code (counted), the loads' words are the pairs.
        let counts = try TranslatorFusionTests().handlerCounts(wat, [
            ("i64Load_S_FThenF64SubRR_SF_SF", i64Load_S_FThenF64SubRR_SF_SF), ("f64SubRR_SF_SF", f64SubRR_SF_SF),
            ("i32Load_S_XThenI32XorRR_SX_S", i32Load_S_XThenI32XorRR_SX_S), ("i32XorRR_SX_S", i32XorRR_SX_S),
            ("i64Load_S_F", i64Load_S_F), ("i32Load_S_X", i32Load_S_X),
        ])
        // An operator + store pair keeps its load separate (one handler with both trap paths would not
        // end in a tail jump; .ci/check-tail-calls checks every handler).
        #expect(counts == ["i64Load_S_FThenF64SubRR_SF_SF": 1, "f64SubRR_SF_SF": 1, "i32Load_S_XThenI32XorRR_SX_S": 1,
                           "i32XorRR_SX_S": 1, "i64Load_S_F": 1])
        let instance = try instantiate(wat)
        #expect(try instance.call("loadedSub", .i32(0), .float64(10)) == [.float64(36)])
        #expect(try instance.call("loadedXor", .i32(0), .i32(5)) == [.i32(2)])
        _ = try instance.call("loadedStore", .i32(0), .float64(0.5))
        #expect(try instance.call("get", .i32(16)) == [.float64(4.5)])
        // The load in the pair traps at its own instruction.
        #expect(wasmError { _ = try instance.call("loadedSub", .i32(65530), .float64(1)) }?.kind == .trap)
        #expect(wasmError { _ = try instance.call("loadedStore", .i32(65530), .float64(1)) }?.kind == .trap)
    }

    @Test func longLoopsThroughPairsKeepTheNativeStackFlat() throws {
        // Two million iterations through a loaded-operand pair, a load feeding an operator + store pair
        // and a fused product: a handler that called the next one instead of jumping to it would overflow
        // the native stack (a build that paired loads with operator + store pairs crashed here).
        let wat = """
        (module
          (memory 1)
          (func (export "spin") (param i32) (result f64) (local f64 i32)
            (local.set 2 (i32.const 8))
            (f64.store (local.get 2) (f64.const 0.5))
            (loop $l
              (local.set 1 (f64.add (local.get 1) (f64.load (local.get 2))))
              (f64.store offset=8 (local.get 2) (f64.add (local.get 1) (f64.load offset=8 (local.get 2))))
              (f64.store offset=16 (local.get 2)
                         (f64.add (f64.mul (local.get 1) (f64.const 2)) (f64.load offset=16 (local.get 2))))
              (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
            (local.get 1)))
        """
        #expect(try instantiate(wat).call("spin", .i32(2_000_000)) == [.float64(1_000_000)])
    }
}
