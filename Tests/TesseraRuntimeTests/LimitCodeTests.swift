import Testing
@testable import TesseraRuntime
import TesseraText

/// What the translator compiles for each limit configuration: nothing at all for a limit that is off,
/// and the checks where the design puts them (Translator+Limits.swift).
@Suite struct LimitCodeTests {
    static let wat = """
    (module
      (func (export "count") (param i32) (result i32) (local i32)
        (block $done
          (loop $l
            (br_if $done (i32.ge_u (local.get 1) (local.get 0)))
            (local.set 1 (i32.add (local.get 1) (i32.const 1)))
            (br $l)))
        (local.get 1)))
    """

    /// How many instructions of each limit handler the module's code holds (scanning every word: an
    /// operand equal to a handler's address is not a realistic risk).
    func limitHandlers(fuel: Bool, interrupt: Bool) throws -> [String: Int] {
        let engine = Engine(configuration: EngineConfiguration(fuelMetering: fuel, interruptible: interrupt))
        let module = try Module(engine: engine, bytes: parseWat(Self.wat))
        let handlers: [(String, Handler)] = [
            ("consumeFuel", consumeFuel), ("consumeFuelCheckInterrupt", consumeFuelCheckInterrupt),
            ("checkInterrupt", checkInterrupt), ("brChecked", brChecked),
            ("brIfNonZeroChecked", brIfNonZeroChecked), ("brIfZeroChecked", brIfZeroChecked),
            ("brMetered", brMetered), ("brMeteredChecked", brMeteredChecked),
            ("brIfNonZeroMetered", brIfNonZeroMetered), ("brIfZeroMetered", brIfZeroMetered),
            ("brIfI32GeURR", brIfI32GeURR), ("brIfI32GeURRChecked", brIfI32GeURRChecked),
            ("brIfI32GeURRMetered", brIfI32GeURRMetered), ("brIfI32GeURRMeteredChecked", brIfI32GeURRMeteredChecked),
        ]
        let words = UnsafeBufferPointer(start: module.compiled.code, count: module.compiled.count)
        var counts: [String: Int] = [:]
        for (name, handler) in handlers {
            let count = words.filter { $0 == handlerWord(handler) }.count
            if count > 0 { counts[name] = count }
        }
        let store = Store(engine: engine)
        if fuel { try store.setFuel(1000) }
        let instance = try store.instantiate(module, imports: [])
        #expect(try instance.call("count", .i32(5)) == [.i32(5)])
        // 5 iterations of 9 instructions, the exit test (4) and the final local.get.
        if fuel { #expect(store.fuel == 1000 - 50) }
        return counts
    }

    @Test func nothingWhenLimitsAreOff() throws {
        #expect(try limitHandlers(fuel: false, interrupt: false) == ["brIfI32GeURR": 1])
    }

    /// Function entry polls; the loop's back-edge `br` polls itself (no header check); the forward
    /// exit test does not poll.
    @Test func interruptChecksOnBackEdges() throws {
        #expect(try limitHandlers(fuel: false, interrupt: true) == ["checkInterrupt": 1, "brChecked": 1, "brIfI32GeURR": 1])
    }

    /// Fuel needs no instruction of its own besides the entry's: the back-edge pays for the next
    /// iteration, the exit test's taken side for the code after the loop. When interruptible, the
    /// entry and the back-edge also poll.
    @Test func fuelRidesOnBranches() throws {
        #expect(try limitHandlers(fuel: true, interrupt: false)
            == ["consumeFuel": 1, "brMetered": 1, "brIfI32GeURRMetered": 1])
        #expect(try limitHandlers(fuel: true, interrupt: true)
            == ["consumeFuelCheckInterrupt": 1, "brMeteredChecked": 1, "brIfI32GeURRMetered": 1])
    }

    /// A compare-and-branch back-edge polls in its own handler (no separate `checkInterrupt`).
    @Test func compareBranchBackEdgesPollThemselves() throws {
        let wat = """
        (module (func (export "count") (param i32) (result i32) (local i32)
          (loop $l
            (local.set 1 (i32.add (local.get 1) (i32.const 1)))
            (br_if $l (i32.lt_u (local.get 1) (local.get 0))))
          (local.get 1)))
        """
        // Without fuel the add before the branch fuses into it (a loop closer); metered code keeps both.
        let forms: [(Bool, Handler)] = [(false, addThenBrIfI32LtURRChecked), (true, brIfI32LtURRMeteredChecked)]
        for (fuel, handler) in forms {
            let engine = Engine(configuration: EngineConfiguration(fuelMetering: fuel, interruptible: true))
            let module = try Module(engine: engine, bytes: parseWat(wat))
            let words = UnsafeBufferPointer(start: module.compiled.code, count: module.compiled.count)
            #expect(words.filter { $0 == handlerWord(handler) }.count == 1)
            let entry: Handler = fuel ? consumeFuelCheckInterrupt : checkInterrupt
            #expect(words.filter { $0 == handlerWord(entry) }.count == 1)
            #expect(words.filter { $0 == handlerWord(checkInterrupt) }.count == (fuel ? 0 : 1))
        }
    }
}
