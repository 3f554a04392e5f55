import Testing
@testable import TesseraRuntime
import TesseraText

/// The translator's code-size optimisations: what they emit, and that the program means the same.
@Suite struct TranslatorFusionTests {
    /// How many instructions of each named handler the module's code holds (scanning every word, as
    /// LimitCodeTests does).
    func handlerCounts(_ wat: String, _ handlers: [(String, Handler)]) throws -> [String: Int] {
        let engine = Engine(configuration: EngineConfiguration(fuelMetering: false, interruptible: false))
        let module = try Module(engine: engine, bytes: parseWat(wat))
        let words = UnsafeBufferPointer(start: module.compiled.code, count: module.compiled.count)
        var counts: [String: Int] = [:]
        for (name, handler) in handlers {
            let count = words.filter { $0 == handlerWord(handler) }.count
            if count > 0 { counts[name] = count }
        }
        return counts
    }

    static let memoryWat = """
    (module
      (memory 1)
      (func (export "loadAt") (param i32 i32) (result i32)
        (i32.load offset=4 (i32.add (local.get 0) (local.get 1))))
      (func (export "loadPlus") (param i32) (result i64)
        (i64.load (i32.add (local.get 0) (i32.const 8))))
      (func (export "storePlus") (param i32 i32)
        (i32.store16 offset=2 (i32.add (local.get 0) (i32.const 6)) (local.get 1)))
      (func (export "storeConstant") (param i32 i32)
        (i32.store (i32.add (local.get 0) (i32.shl (local.get 1) (i32.const 0))) (i32.const 0x11223344)))
      (func (export "read") (param i32) (result i32) (i32.load (local.get 0))))
    """

    /// An access whose address is the `i32.add` just before it performs the add itself.
    @Test func addressAddFusesIntoAccess() throws {
        let counts = try handlerCounts(Self.memoryWat, [
            ("i32LoadAddR", i32LoadAddR), ("i64LoadAddI", i64LoadAddI), ("store16AddI", store16AddI),
            ("store32AddR", store32AddR), ("i32AddRR", i32AddRR), ("i32AddRI", i32AddRI),
        ])
        #expect(counts == ["i32LoadAddR": 1, "i64LoadAddI": 1, "store16AddI": 1])
        #expect(try handlerCounts(Self.memoryWat, [("store32AddRImm", store32AddRImm)]) == ["store32AddRImm": 1])
    }

    static let constantStoreWat = """
    (module
      (memory 1)
      (func (export "bytes") (param i32)
        (i32.store8 (local.get 0) (i32.const 0x1ff))
        (i64.store16 offset=1 (i32.add (local.get 0) (i32.const 1)) (i64.const -2))
        (f64.store offset=4 (i32.add (local.get 0) (local.get 0)) (f64.const -0.5))
        (i32.store offset=12 (local.get 0) (i32.const 0x11223344)))
      (func (export "read64") (param i32) (result i64) (i64.load (local.get 0)))
      (func (export "read32") (param i32) (result i32) (i32.load (local.get 0))))
    """

    /// A store of a constant holds the constant in the instruction (no constant is put in a slot
    /// first), in the plain and the address-add forms; it stores the low bytes and traps out of bounds.
    @Test func constantStoresNeedNoSlot() throws {
        let counts = try handlerCounts(Self.constantStoreWat, [
            ("store8Imm", store8Imm), ("store16AddIImm", store16AddIImm), ("store64AddRImm", store64AddRImm),
            ("store32Imm", store32Imm), ("constSlot", constSlot), ("store8", store8), ("store32", store32),
        ])
        #expect(counts == ["store8Imm": 1, "store16AddIImm": 1, "store64AddRImm": 1, "store32Imm": 1])
        let instance = try instantiate(Self.constantStoreWat)
        _ = try instance.call("bytes", .i32(8))
        // 8: 0xff; 8+1+1 = 10: 0xfffe; 8+8+4 = 20: -0.5; 8+12 = 20 overwritten low half by 0x11223344.
        #expect(try instance.call("read32", .i32(8)) == [.i32(Int32(bitPattern: 0xfffe_00ff))])
        #expect(try instance.call("read64", .i32(20)) == [.i64(Int64(bitPattern: (-0.5).bitPattern & 0xffff_ffff_0000_0000 | 0x1122_3344))])
        // At 65530 the two first stores fit, the f64 store (at 131064) traps.
        #expect(wasmError { _ = try instance.call("bytes", .i32(65530)) }?.kind == .trap)
        #expect(try instance.call("read32", .i32(65532)) == [.i32(0xfffe)])
    }

    static let computedStoreWat = """
    (module
      (memory 1)
      (func (export "axpy") (param i32 f64)
        (f64.store (local.get 0) (f64.add (f64.load (local.get 0)) (f64.mul (local.get 1) (f64.const 2)))))
      (func (export "mask") (param i32 i32)
        (i32.store8 offset=1 (local.get 0) (i32.xor (local.get 1) (i32.const 0x1ff))))
      (func (export "atConstant") (param i32 i32)
        (i32.store (i32.const 16) (i32.add (local.get 0) (local.get 1))))
      (func (export "read64") (param i32) (result i64) (i64.load (local.get 0))))
    """

    /// The operator computing a stored value and the store become one instruction when adjacent (the
    /// fused handler runs the store's words that follow its own); a constant address put in a slot
    /// between them keeps them apart. Traps and values are unchanged.
    @Test func computedStoresFuseWithTheirOperator() throws {
        let counts = try handlerCounts(Self.computedStoreWat, [
            ("fusedF64MulF64AddLeftRIThenStore64", fusedF64MulF64AddLeftRIThenStore64),
            ("fusedF64MulF64AddLeftRI", fusedF64MulF64AddLeftRI), ("i32XorRIThenStore8", i32XorRIThenStore8),
            ("i32XorRI", i32XorRI), ("i32AddRRThenStore32", i32AddRRThenStore32), ("i32AddRR", i32AddRR),
        ])
        #expect(counts == ["fusedF64MulF64AddLeftRIThenStore64": 1, "i32XorRIThenStore8": 1, "i32AddRR": 1])
        let instance = try instantiate(Self.computedStoreWat)
        _ = try instance.call("axpy", .i32(8), .float64(1.25))
        _ = try instance.call("axpy", .i32(8), .float64(0.5))
        #expect(try instance.call("read64", .i32(8)) == [.i64(Int64(bitPattern: (3.5).bitPattern))])
        _ = try instance.call("mask", .i32(0), .i32(0x0f))  // byte 1: 0xf0
        _ = try instance.call("atConstant", .i32(40), .i32(2))
        #expect(try instance.call("read64", .i32(0)) == [.i64(0xf000)])
        #expect(try instance.call("read64", .i32(16)) == [.i64(42)])
        #expect(wasmError { _ = try instance.call("mask", .i32(65535), .i32(1)) }?.kind == .trap)
        #expect(wasmError { _ = try instance.call("axpy", .i32(65530), .float64(1)) }?.kind == .trap)
    }

    static let chaseWat = """
    (module
      (memory 1)
      ;; A list of n nodes [next, key] at 0, 16, 32, …, each node's key its address, the last next 0.
      (func (export "build") (param $n i32) (local $p i32)
        (loop $l
          (i32.store (local.get $p) (i32.add (local.get $p) (i32.const 16)))
          (i32.store offset=4 (local.get $p) (local.get $p))
          (local.set $p (i32.add (local.get $p) (i32.const 16)))
          (br_if $l (i32.lt_u (local.get $p) (i32.mul (local.get $n) (i32.const 16)))))
        (i32.store (i32.sub (local.get $p) (i32.const 16)) (i32.const 0)))
      ;; Steps until the node with the key (or the list's end).
      (func (export "find") (param $key i32) (result i32) (local $p i32) (local $steps i32)
        (block $none
          (loop $next
            (br_if $none (i32.eq (i32.load offset=4 (local.get $p)) (local.get $key)))
            (local.set $steps (i32.add (local.get $steps) (i32.const 1)))
            (br_if $none (i32.eqz (local.tee $p (i32.load (local.get $p)))))
            (br $next)))
        (local.get $steps))
      ;; Walks the whole list `rounds` times in one call; returns the steps.
      (func (export "walk") (param $rounds i32) (result i32) (local $p i32) (local $steps i32)
        (loop $round
          (local.set $p (i32.const 0))
          (block $end
            (loop $next
              (local.set $steps (i32.add (local.get $steps) (i32.const 1)))
              (br_if $end (i32.eqz (local.tee $p (i32.load (local.get $p)))))
              (br $next)))
          (br_if $round (local.tee $rounds (i32.add (local.get $rounds) (i32.const -1)))))
        (local.get $steps)))
    """

    /// A load followed by a forward branch on the loaded value (alone or compared) is one
    /// instruction; millions of them run in one call (one native frame: no tail call lost).
    @Test func loadsFuseWithTheBranchOnTheirValue() throws {
        let counts = try handlerCounts(Self.chaseWat, [
            ("i32LoadThenBrIfZero", i32LoadThenBrIfZero), ("i32LoadThenBrIfI32EqRR", i32LoadThenBrIfI32EqRR),
            ("brIfZero", brIfZero), ("brIfI32EqRR", brIfI32EqRR),
        ])
        #expect(counts == ["i32LoadThenBrIfZero": 2, "i32LoadThenBrIfI32EqRR": 1, "brIfZero": 2, "brIfI32EqRR": 1])
        let instance = try instantiate(Self.chaseWat)
        _ = try instance.call("build", .i32(4000))
        #expect(try instance.call("find", .i32(16 * 2500)) == [.i32(2500)])
        #expect(try instance.call("find", .i32(1)) == [.i32(4000)])
        #expect(try instance.call("walk", .i32(500)) == [.i32(2_000_000)])
    }

    static let copyWat = """
    (module
      (func (export "rotate") (param i32 i32 i32 i32) (result i32) (local i32)
        (loop $round
          (local.set 4 (local.get 0))
          (local.set 0 (local.get 1))
          (local.set 1 (local.get 2))
          (local.set 2 (local.get 4))
          (br_if $round (local.tee 3 (i32.add (local.get 3) (i32.const -1)))))
        (i32.add (i32.mul (local.get 0) (i32.const 100)) (i32.add (i32.mul (local.get 1) (i32.const 10)) (local.get 2))))
      (func (export "loopStart") (param i32) (result i32) (local i32 i32)
        (i32.add (local.get 0)
          (loop (result i32)
            (local.set 1 (local.get 2))
            (local.set 0 (i32.add (local.get 0) (i32.const 10)))
            (local.set 2 (i32.add (local.get 2) (i32.const 1)))
            (br_if 0 (i32.lt_u (local.get 2) (i32.const 3)))
            (local.get 1)))))
    """

    /// Adjacent copies pair into one instruction (in order), but never across a loop's start: the
    /// copy of an operand made before the loop must not run again on each iteration.
    @Test func adjacentCopiesPair() throws {
        let counts = try handlerCounts(Self.copyWat, [("copySlots2", copySlots2), ("copySlot", copySlot)])
        #expect(counts["copySlots2"] == 2)
        let instance = try instantiate(Self.copyWat)
        #expect(try instance.call("rotate", .i32(1), .i32(2), .i32(3), .i32(1)) == [.i32(231)])
        #expect(try instance.call("rotate", .i32(1), .i32(2), .i32(3), .i32(2)) == [.i32(312)])
        #expect(try instance.call("loopStart", .i32(5)) == [.i32(7)])
    }

    static let loopWat = """
    (module
      (func (export "countUp") (param i32 i32) (result i32) (local i32)
        (loop $l
          (local.set 2 (i32.add (local.get 2) (i32.const 1)))
          (local.set 0 (i32.add (local.get 0) (i32.const 3)))
          (br_if $l (i32.lt_u (local.get 0) (local.get 1))))
        (local.get 2))
      (func (export "signedWrap") (param i32) (result i32) (local i32)
        (loop $l
          (local.set 1 (i32.add (local.get 1) (i32.const 1)))
          (br_if $l (i32.gt_s (local.tee 0 (i32.add (local.get 0) (i32.const 0x10000000))) (i32.const 0))))
        (local.get 1))
      (func (export "countDown") (param i32) (result i32) (local i32)
        (loop $l
          (local.set 1 (i32.add (local.get 1) (i32.const 2)))
          (br_if $l (local.tee 0 (i32.add (local.get 0) (i32.const -1)))))
        (local.get 1))
      (func (export "forever") (param i32)
        (loop $l (br_if $l (i32.ne (local.tee 0 (i32.add (local.get 0) (i32.const 2))) (i32.const 1))))))
    """

    /// A loop's closing `i32.add` (into a local) and compare-and-branch become one instruction, also
    /// when the branch tests the local directly; wrap-around and signed compares mean what they did.
    @Test func loopClosersFuse() throws {
        let counts = try handlerCounts(Self.loopWat, [
            ("addThenBrIfI32LtURR", addThenBrIfI32LtURR), ("addThenBrIfI32GtSRI", addThenBrIfI32GtSRI),
            ("addThenBrIfNonZero", addThenBrIfNonZero), ("addThenBrIfI32NeRI", addThenBrIfI32NeRI),
            ("brIfI32LtURR", brIfI32LtURR), ("brIfNonZero", brIfNonZero),
        ])
        #expect(counts == ["addThenBrIfI32LtURR": 1, "addThenBrIfI32GtSRI": 1, "addThenBrIfNonZero": 1,
                           "addThenBrIfI32NeRI": 1])
        let instance = try instantiate(Self.loopWat)
        #expect(try instance.call("countUp", .i32(0), .i32(30)) == [.i32(10)])
        #expect(try instance.call("countUp", .i32(-2), .i32(5)) == [.i32(3)])  // -2 + 3 wraps to 1, 4, 7
        #expect(try instance.call("signedWrap", .i32(0)) == [.i32(8)])  // 0x1000_0000 … 0x8000_0000 (< 0)
        #expect(try instance.call("countDown", .i32(5)) == [.i32(10)])
    }

    static let slotLoopWat = """
    (module
      (memory 1)
      (func (export "stride") (param i32 i32) (result i32) (local i32)
        ;; marks every `step`-th byte below `limit` and counts the marks (the sieve's inner loop)
        (loop $l
          (i32.store8 (local.get 2) (i32.const 1))
          (br_if $l (i32.le_u (local.tee 2 (i32.add (local.get 2) (local.get 1))) (local.get 0))))
        (i32.load8_u (local.get 1)))
      (func (export "sum") (param i32) (result i32) (local i32 i32)
        ;; sums the words at 0, 4, 8, … below the parameter, the address kept in a local
        (loop $l
          (local.set 2 (i32.add (local.get 2) (i32.load (local.tee 1 (i32.add (local.get 1) (i32.const 4))))))
          (local.set 2 (i32.add (local.get 2) (i32.load offset=0 (local.get 1))))
          (br_if $l (i32.lt_u (local.get 1) (local.get 0))))
        (local.get 2)))
    """

    /// An `i32.add` of two slots fuses into the branch after it too, and an add whose result went to a
    /// local fuses with the load after it.
    @Test func slotAddsFuseWithBranchesAndLoads() throws {
        let counts = try handlerCounts(Self.slotLoopWat, [
            ("addSlotThenBrIfI32LeURR", addSlotThenBrIfI32LeURR), ("i32AddRIThenI32Load", i32AddRIThenI32Load),
            ("i32AddRR", i32AddRR),
        ])
        #expect(counts["addSlotThenBrIfI32LeURR"] == 1)
        #expect(counts["i32AddRIThenI32Load"] == 1)
        let instance = try instantiate(Self.slotLoopWat)
        #expect(try instance.call("stride", .i32(100), .i32(7)) == [.i32(1)])
        // The bytes at 0, 7, 14, … are 1: the words at 4, 8, …, 40 (each loaded twice) sum to 67371522.
        #expect(try instance.call("sum", .i32(40)) == [.i32(67_371_522)])
    }

    static let mixWat = """
    (module
      (func (export "sigma") (param i32) (result i32)
        (i32.xor (i32.xor (i32.rotl (local.get 0) (i32.const 25)) (i32.rotl (local.get 0) (i32.const 14)))
                 (i32.shr_u (local.get 0) (i32.const 3))))
      (func (export "choose") (param i32 i32 i32) (result i32)
        (i32.xor (i32.and (local.get 0) (local.get 1)) (i32.and (i32.xor (local.get 0) (i32.const -1)) (local.get 2)))))
    """

    /// Adjacent bit-mixing operators run in one handler each pair, with the separate results.
    @Test func bitMixingOperatorsPair() throws {
        let counts = try handlerCounts(Self.mixWat, [
            ("i32RotlRIThenI32XorRR", i32RotlRIThenI32XorRR), ("i32ShrURIThenI32XorRR", i32ShrURIThenI32XorRR),
            ("i32XorRIThenI32AndRR", i32XorRIThenI32AndRR), ("i32AndRRThenI32XorRR", i32AndRRThenI32XorRR),
        ])
        #expect(counts == ["i32RotlRIThenI32XorRR": 1, "i32ShrURIThenI32XorRR": 1, "i32XorRIThenI32AndRR": 1,
                           "i32AndRRThenI32XorRR": 1])
        let instance = try instantiate(Self.mixWat)
        for x: UInt32 in [0, 1, 0x8000_0001, 0xdead_beef, .max] {
            let rotl = { (v: UInt32, k: UInt32) in (v << k) | (v >> (32 - k)) }
            let sigma = rotl(x, 25) ^ rotl(x, 14) ^ (x >> 3)
            #expect(try instance.call("sigma", .i32(Int32(bitPattern: x))) == [.i32(Int32(bitPattern: sigma))])
            let (y, z): (UInt32, UInt32) = (0x0f0f_1234, 0xf0f0_8765)
            let choose = (x & y) ^ (~x & z)
            #expect(try instance.call("choose", .i32(Int32(bitPattern: x)), .i32(Int32(bitPattern: y)),
                                      .i32(Int32(bitPattern: z))) == [.i32(Int32(bitPattern: choose))])
        }
    }

    /// The fused back-edges of an interruptible engine still poll: a runaway fused loop stops.
    @Test func fusedBackEdgesStayInterruptible() throws {
        let instance = try instantiate(Self.loopWat)
        instance.store.setDeadline(after: .milliseconds(50))
        #expect(wasmError { _ = try instance.call("forever", .i32(0)) }?.message.hasPrefix("interrupted") == true)
        instance.store.clearDeadline()
        #expect(try instance.call("countDown", .i32(1)) == [.i32(2)])
    }

    /// The fused add wraps around at 32 bits before the offset is added, as the separate add does;
    /// out-of-bounds accesses still trap.
    @Test func fusedAccessesKeepWasmSemantics() throws {
        let instance = try instantiate(Self.memoryWat)
        // 40 + (2^32 - 8) wraps to 32 (the constant value must not overwrite the product the add reads).
        _ = try instance.call("storeConstant", .i32(40), .i32(-8))
        #expect(try instance.call("read", .i32(32)) == [.i32(0x11223344)])
        #expect(try instance.call("loadAt", .i32(-4), .i32(32)) == [.i32(0x11223344)])  // 28 + offset 4
        _ = try instance.call("storePlus", .i32(24), .i32(0x7788))  // 24 + 6 + offset 2 = 32
        #expect(try instance.call("read", .i32(32)) == [.i32(0x11227788)])
        #expect(try instance.call("loadPlus", .i32(24)) == [.i64(0x11227788)])
        // 65535 + 1 = 65536: the 4 bytes (after offset 4) are past the one-page memory.
        #expect(wasmError { _ = try instance.call("loadAt", .i32(65535), .i32(1)) }?.kind == .trap)
        #expect(wasmError { _ = try instance.call("loadPlus", .i32(65530)) }?.kind == .trap)
        #expect(wasmError { _ = try instance.call("storePlus", .i32(-6), .i32(1)) } == nil)  // wraps to 0 + 2
        #expect(wasmError { _ = try instance.call("storePlus", .i32(65528), .i32(1)) }?.kind == .trap)
    }

    static let floatWat = """
    (module
      (func (export "dot") (param f64 f64 f64 f64) (result f64)
        (f64.add (f64.mul (local.get 0) (local.get 1)) (f64.mul (local.get 2) (local.get 3))))
      (func (export "residual") (param f32 f32 f32) (result f32)
        (f32.sub (f32.mul (local.get 0) (local.get 1)) (local.get 2)))
      (func (export "epsilon") (result f64)
        (f64.sub (f64.const 1.0)
                 (f64.mul (f64.const 3.0) (f64.sub (f64.div (f64.const 4.0) (f64.const 3.0)) (f64.const 1.0))))))
    """

    /// A float multiply feeding an add or subtract becomes one instruction, whichever operand the
    /// product is.
    @Test func multiplyFusesIntoAddAndSubtract() throws {
        let counts = try handlerCounts(Self.floatWat, [
            ("fusedF64MulF64AddLeft", fusedF64MulF64AddLeft), ("fusedF32MulF32SubLeft", fusedF32MulF32SubLeft),
            ("fusedF64MulF64SubRight", fusedF64MulF64SubRight), ("f64MulRR", f64MulRR), ("f32MulRR", f32MulRR),
            ("f64AddRR", f64AddRR), ("f32SubRR", f32SubRR),
        ])
        #expect(counts == ["fusedF64MulF64AddLeft": 1, "fusedF32MulF32SubLeft": 1, "fusedF64MulF64SubRight": 1,
                           "f64MulRR": 1])
    }

    static let constantFloatWat = """
    (module
      (func (export "scale") (param f64) (result f64) (f64.mul (local.get 0) (f64.const 0.1)))
      (func (export "step") (param f64 f64) (result f64)
        (f64.add (f64.mul (local.get 0) (f64.const 0.01)) (local.get 1)))
      (func (export "back") (param f32 f32) (result f32)
        (f32.sub (local.get 1) (f32.mul (local.get 0) (f32.const 3.5))))
      (func (export "below") (param f64) (result i32) (f64.lt (local.get 0) (f64.const 1.5)))
      (func (export "nanMin") (param f32) (result f32) (f32.min (local.get 0) (f32.const nan))))
    """

    /// A float operator with a constant right operand keeps the constant in the instruction, also in
    /// fused multiply-add pairs, with the results of the separate instructions.
    @Test func floatConstantOperandsStayInTheCode() throws {
        let counts = try handlerCounts(Self.constantFloatWat, [
            ("f64MulRI", f64MulRI), ("fusedF64MulF64AddLeftRI", fusedF64MulF64AddLeftRI),
            ("fusedF32MulF32SubRightRI", fusedF32MulF32SubRightRI), ("f64LtRI", f64LtRI), ("f32MinRI", f32MinRI),
            ("constSlot", constSlot), ("f64MulRR", f64MulRR),
        ])
        #expect(counts == ["f64MulRI": 1, "fusedF64MulF64AddLeftRI": 1, "fusedF32MulF32SubRightRI": 1,
                           "f64LtRI": 1, "f32MinRI": 1])
        let instance = try instantiate(Self.constantFloatWat)
        #expect(try instance.call("scale", .float64(3.0)) == [.float64(3.0 * 0.1)])
        #expect(try instance.call("step", .float64(0.7), .float64(1e-3)) == [.float64(0.7 * 0.01 + 1e-3)])
        #expect(try instance.call("back", .float32(1.1), .float32(4)) == [.float32(Float(4) - Float(1.1) * 3.5)])
        #expect(try instance.call("below", .float64(1.4999)) == [.i32(1)])
        #expect(try instance.call("below", .float64(.nan)) == [.i32(0)])
        let minimum = try instance.call("nanMin", .float32(1))
        #expect(minimum.count == 1 && minimum.first?.float32?.isNaN == true)
    }

    static let integerPairWat = """
    (module
      (memory 1)
      (func (export "element") (param i32 i32) (result i32)
        (i32.add (local.get 0) (i32.mul (local.get 1) (i32.const 24))))
      (func (export "dot") (param i32 i32 i32 i32) (result i32)
        (i32.sub (i32.mul (local.get 0) (local.get 1)) (i32.mul (local.get 2) (local.get 3))))
      (func (export "wide") (param i64 i64 i64) (result i64)
        (i64.add (local.get 2) (i64.mul (local.get 0) (local.get 1)))))
    """

    /// Integer multiplies fuse into the add or subtract consuming them as floats do, with wrap-around.
    @Test func integerMultiplyAddsFuse() throws {
        let counts = try handlerCounts(Self.integerPairWat, [
            ("fusedI32MulI32AddLeftRI", fusedI32MulI32AddLeftRI), ("fusedI32MulI32SubRight", fusedI32MulI32SubRight),
            ("fusedI64MulI64AddLeft", fusedI64MulI64AddLeft), ("i32MulRR", i32MulRR), ("i32MulRI", i32MulRI),
            ("i64MulRR", i64MulRR),
        ])
        #expect(counts == ["fusedI32MulI32AddLeftRI": 1, "fusedI32MulI32SubRight": 1, "fusedI64MulI64AddLeft": 1,
                           "i32MulRR": 1])
        let instance = try instantiate(Self.integerPairWat)
        #expect(try instance.call("element", .i32(1000), .i32(3)) == [.i32(1072)])
        #expect(try instance.call("element", .i32(-8), .i32(0x4000_0000)) == [.i32(-8)])  // 24 × 2^30 wraps to 0
        #expect(try instance.call("dot", .i32(7), .i32(6), .i32(0x10000), .i32(0x10001)) == [.i32(42 &- 0x10000 &* 0x10001)])
        #expect(try instance.call("wide", .i64(.max), .i64(3), .i64(5)) == [.i64(5 &+ Int64.max &* 3)])
    }

    /// Fused pairs round twice, as the two instructions do (never a fused multiply-add), and constant
    /// operands do not overwrite the multiply's operands.
    @Test func fusedFloatsRoundLikeSeparateInstructions() throws {
        let instance = try instantiate(Self.floatWat)
        let (a, b, c, d) = (0.1, 3.3, 1e16, 1.0 + 1e-15)
        #expect(try instance.call("dot", .float64(a), .float64(b), .float64(c), .float64(d)) == [.float64(a * b + c * d)])
        let (x, y, z): (Float, Float, Float) = (1.1, 1.1, 1.21)
        #expect(try instance.call("residual", .float32(x), .float32(y), .float32(z)) == [.float32(x * y - z)])
        #expect(try instance.call("epsilon") == [.float64(0x1p-52)])
    }

    /// A result computed just before `return` (or the function's end) is written to slot 0 directly.
    @Test func returnValueNeedsNoCopy() throws {
        let wat = """
        (module
          (func (export "f") (param i32 i32) (result i32)
            (if (local.get 1) (then (return (i32.mul (local.get 0) (local.get 1)))))
            (i32.add (local.get 1) (local.get 0))))
        """
        #expect(try handlerCounts(wat, [("copySlot", copySlot)]) == [:])
        let instance = try instantiate(wat)
        #expect(try instance.call("f", .i32(6), .i32(7)) == [.i32(42)])
        #expect(try instance.call("f", .i32(6), .i32(0)) == [.i32(6)])
    }

    /// Zeroing a declared local that is still zero emits nothing; inside a loop it must stay.
    @Test func zeroStoresToFreshLocals() throws {
        let wat = """
        (module
          (func (export "fresh") (result i32) (local i32)
            (local.set 0 (i32.const 0))
            (local.get 0))
          (func (export "loop") (param i32) (result i32) (local i32 i32)
            (loop $l
              (local.set 1 (i32.const 0))
              (local.set 2 (i32.add (local.get 2) (local.get 1)))
              (local.set 1 (i32.const 5))
              (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
            (local.get 2)))
        """
        #expect(try handlerCounts(wat, [("constSlot", constSlot)]) == ["constSlot": 2])
        let instance = try instantiate(wat)
        #expect(try instance.call("fresh") == [.i32(0)])
        #expect(try instance.call("loop", .i32(4)) == [.i32(0)])
    }

    /// Declared locals start at zero even when an earlier call left values where the frame goes (the
    /// call zeroes them four slots at a time).
    @Test func declaredLocalsStartAtZero() throws {
        let locals = (0..<9).map { _ in "i64" }.joined(separator: " ")
        let sets = (1...9).map { "(local.set \($0) (i64.const 7))" }.joined()
        let sum = (1...9).dropFirst().reduce("(local.get 1)") { "(i64.add \($0) (local.get \($1)))" }
        let wat = """
        (module
          (func $dirty (param i32) (result i64) (local \(locals)) \(sets) (local.get 9))
          (func $sum (param i32) (result i64) (local \(locals)) \(sum))
          (func (export "run") (result i64)
            (i64.add (call $dirty (i32.const 0)) (call $sum (i32.const 0)))))
        """
        let instance = try instantiate(wat)
        #expect(try instance.call("run") == [.i64(7)])
    }

    /// A search loop's back-edge (`while (p->key != k)`): the load and the interrupt-checked
    /// compare-and-branch after it run in one handler, which still traps out of bounds and still stops
    /// at a deadline.
    @Test func loadsPairWithCheckedBackEdges() throws {
        let wat = """
        (module
          (memory 1)
          (func (export "find") (param i32 i32) (result i32)
            (loop $l (br_if $l (i32.ne (i32.load offset=4 (local.get 0)) (local.get 1))))
            (local.get 0)))
        """
        let engine = Engine()  // interruptible: loop back-edges are checked
        let module = try Module(engine: engine, bytes: parseWat(wat))
        let words = UnsafeBufferPointer(start: module.compiled.code, count: module.compiled.count)
        #expect(words.filter { $0 == handlerWord(i32LoadThenBrIfI32NeRRChecked) }.count == 1)
        let store = Store(engine: engine)
        let instance = try store.instantiate(module, imports: [])
        #expect(try instance.call("find", .i32(8), .i32(0)) == [.i32(8)])
        #expect(wasmError { _ = try instance.call("find", .i32(65534), .i32(0)) }?.kind == .trap)
        store.setDeadline(after: .milliseconds(50))
        let error = wasmError { _ = try instance.call("find", .i32(8), .i32(1)) }
        #expect(error?.kind == .exhaustion)
        #expect(error?.message.hasPrefix("interrupted") == true)
    }
}
