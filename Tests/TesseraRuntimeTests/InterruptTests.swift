import Foundation
import Testing
import TesseraRuntime
import TesseraText
import TesseraTypes

/// Deadlines and interrupts: a runaway loop stops soon after the deadline or an interrupt from another
/// thread, with an `.exhaustion` error, and the store stays usable.
@Suite struct InterruptTests {
    static let wat = """
    (module
      (import "env" "poke" (func $poke))
      (func (export "spin") (loop (br 0)))
      (func $down (export "down") (param i32) (result i32)
        (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
          (else (return_call $down (i32.sub (local.get 0) (i32.const 1))))))
      (func (export "spinTail") (result i32) (return_call $down (i32.const -1)))
      (func (export "pokeThenCount") (param i32) (result i32) (local i32)
        (call $poke)
        (loop $l
          (local.set 1 (i32.add (local.get 1) (i32.const 1)))
          (br_if $l (i32.lt_u (local.get 1) (local.get 0))))
        (local.get 1))
      (func (export "answer") (result i32) (i32.const 42)))
    """

    /// An instance of `wat` whose `poke` import calls `poke` with the store.
    func instance(_ engine: Engine = Engine(), poke: @escaping (Store) -> Void = { _ in }) throws -> Instance {
        let store = Store(engine: engine)
        var linker = Linker()
        try linker.define(module: "env", name: "poke", HostFunction(Void.self, Void.self) { caller in poke(caller.store) })
        return try linker.instantiate(Module(engine: engine, bytes: parseWat(Self.wat)), in: store)
    }

    func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    @Test func deadlineStopsARunawayLoop() throws {
        let instance = try instance()
        let store = instance.store
        var error: WasmError?
        let elapsed = seconds {
            store.setDeadline(after: .milliseconds(100))
            error = wasmError { _ = try instance.call("spin") }
        }
        #expect(error?.kind == .exhaustion)
        #expect(error?.message.hasPrefix("interrupted: deadline exceeded") == true)
        #expect(elapsed >= 0.099 && elapsed < 1.0, "stopped after \(elapsed) s")
        print("deadline 100 ms: the loop stopped after \(Int(elapsed * 1000)) ms")
        // The deadline has passed: calls stop at once until it is cleared or re-armed.
        #expect(wasmError { _ = try instance.call("answer") }?.message == "interrupted: deadline exceeded")
        store.clearDeadline()
        #expect(try instance.call("answer") == [.i32(42)])
        store.setDeadline(after: .seconds(30))
        #expect(try instance.call("answer") == [.i32(42)])
        store.setDeadline(after: .milliseconds(50))
        #expect(wasmError { _ = try instance.call("spinTail") }?.message.hasPrefix("interrupted") == true)
        store.clearDeadline()
        #expect(try instance.call("down", .i32(1000)) == [.i32(0)])
    }

    @Test func interruptFromAnotherThread() throws {
        let instance = try instance()
        let handle = instance.store.interruptHandle
        instance.store.setDeadline(after: .seconds(20))  // a backstop: the test must not hang
        let done = Locked(false), exited = Locked(false)
        // An interrupt only counts while a call runs: keep asking until the call has ended.
        Thread.detachNewThread {
            while !done.value {
                usleep(20_000)
                handle.interrupt()
            }
            exited.value = true
        }
        var error: WasmError?
        let elapsed = seconds { error = wasmError { _ = try instance.call("spin") } }
        done.value = true
        while !exited.value { usleep(1000) }
        #expect(error?.kind == .exhaustion)
        #expect(error?.message == "interrupted")
        #expect(elapsed < 5)
        #expect(try instance.call("answer") == [.i32(42)])
    }

    @Test func hostFunctionInterruptsItsCaller() throws {
        let instance = try instance(poke: { $0.interrupt() })
        #expect(wasmError { _ = try instance.call("pokeThenCount", .i32(1_000_000)) }?.message == "interrupted")
        // A fresh call clears the request.
        #expect(try instance.call("answer") == [.i32(42)])
        // An interrupt made while nothing runs does not stop the next call.
        instance.store.interrupt()
        #expect(try instance.call("answer") == [.i32(42)])
    }

    @Test func uninterruptibleEngineIgnoresInterrupts() throws {
        let instance = try instance(Engine(configuration: EngineConfiguration(interruptible: false)),
                                    poke: { $0.interrupt() })
        #expect(try instance.call("pokeThenCount", .i32(1000)) == [.i32(1000)])
    }

    /// Fuel and interrupts together: whichever comes first stops the loop.
    @Test func fuelAndDeadlineTogether() throws {
        let engine = Engine(configuration: EngineConfiguration(fuelMetering: true))
        let instance = try instance(engine)
        try instance.store.setFuel(.max)
        instance.store.setDeadline(after: .milliseconds(50))
        #expect(wasmError { _ = try instance.call("spin") }?.message == "interrupted: deadline exceeded")
        instance.store.clearDeadline()
        try instance.store.setFuel(1000)
        #expect(wasmError { _ = try instance.call("spin") }?.message == "fuel exhausted")
        try instance.store.setFuel(1000)
        #expect(try instance.call("answer") == [.i32(42)])
    }
}

/// A value shared between threads behind a lock.
final class Locked<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T
    init(_ value: T) { stored = value }
    var value: T {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
