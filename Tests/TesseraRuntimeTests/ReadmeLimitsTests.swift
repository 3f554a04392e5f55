import Foundation
import Testing
import TesseraRuntime
import TesseraText
import TesseraTypes

/// The README's "Execution limits" example compiles, runs, and is still what the README shows.
@Suite struct ReadmeLimitsTests {
    @Test func readmeLimitsExample() throws {
        let engine = Engine(configuration: EngineConfiguration(fuelMetering: true))  // interruptible: true by default
        let store = Store(engine: engine)
        try store.setFuel(1_000_000)             // about one unit per executed instruction; store.fuel reads what is left
        store.setDeadline(after: .milliseconds(100))
        store.limits = StoreLimits(maxMemoryBytes: 16 << 20)   // memory.grow beyond it returns -1
        let handle = store.interruptHandle       // Sendable: handle.interrupt() from any thread stops the running call

        let module = try Module(engine: engine, bytes: try parseWat("""
            (module
              (memory 1)
              (func (export "spin") (loop (br 0)))
              (func (export "grow") (result i32) (memory.grow (i32.const 256))))
            """))
        let instance = try store.instantiate(module, imports: [])
        #expect(try instance.function("grow")!.call() == [.i32(-1)])
        var error: WasmError?
        do { try instance.function("spin")!.call() } catch let e { error = e }
        #expect(error?.kind == .exhaustion)
        #expect(error?.message.hasPrefix("fuel exhausted") == true)
        #expect(store.fuel == 0)
        _ = handle
    }

    @Test func readmeShowsTheLimitsExample() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        for line in [
            "let engine = Engine(configuration: EngineConfiguration(fuelMetering: true))  // interruptible: true by default",
            "try store.setFuel(1_000_000)             // about one unit per executed instruction; store.fuel reads what is left",
            "store.setDeadline(after: .milliseconds(100))",
            "store.limits = StoreLimits(maxMemoryBytes: 16 << 20)   // memory.grow beyond it returns -1",
            "let handle = store.interruptHandle       // Sendable: handle.interrupt() from any thread stops the running call",
        ] {
            #expect(text.contains(line), "README lost: \(line)")
        }
    }
}
