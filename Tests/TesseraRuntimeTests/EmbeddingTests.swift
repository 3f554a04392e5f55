import Foundation
import Testing
import TesseraRuntime
import TesseraText
import TesseraTypes

@Suite struct EmbeddingTests {
    /// The README's "Embedding" example, verbatim between the markers (`readmeShowsTheExample` checks
    /// that README.md holds the same lines).
    @Test func readmeExample() throws {
        // README-EXAMPLE-BEGIN
        let engine = Engine()
        let store = Store(engine: engine)
        let module = try Module(engine: engine, bytes: try parseWat("""
            (module
              (import "env" "log" (func $log (param i32 i32)))
              (memory (export "memory") 1)
              (data (i32.const 0) "squared")
              (func (export "square") (param i32) (result i32)
                (i32.store (i32.const 16) (i32.mul (local.get 0) (local.get 0)))
                (call $log (i32.const 0) (i32.const 7))
                (i32.load (i32.const 16))))
            """))  // or Module(engine: engine, bytes: theBytesOfAWasmFile)

        // A host function over Swift types; the Caller reaches the calling instance's memory and exports.
        var messages: [String] = []
        var linker = Linker()
        try linker.define(module: "env", name: "log", HostFunction((Int32, Int32).self, Void.self) { caller, at, count in
            let bytes = try caller.memory(at: 0)!.read(at: Int(at), count: Int(count))
            messages.append(String(decoding: bytes, as: UTF8.self))
        })
        let instance = try linker.instantiate(module, in: store)

        // Typed calls check the signature once, at lookup; untyped calls take and return [Value].
        let square = try instance.typedFunction("square", Int32.self, Int32.self)
        let area = try square(12)                                       // 144
        let results = try instance.function("square")!.call([.i32(3)])  // [.i32(9)]

        // The memory from the host's side.
        let memory = instance.memory("memory")!
        let stored = try memory.read(at: 16, count: 4)                  // [9, 0, 0, 0]
        try memory.write([1, 2, 3], at: 100)
        // README-EXAMPLE-END
        #expect(area == 144)
        #expect(results == [.i32(9)])
        #expect(stored == [9, 0, 0, 0])
        #expect(messages == ["squared", "squared"])
        #expect(try memory.read(at: 99, count: 5) == [0, 1, 2, 3, 0])
    }

    @Test func readmeShowsTheExample() throws {
        let here = URL(fileURLWithPath: #filePath)
        let root = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let source = try String(contentsOf: here, encoding: .utf8)
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard let begin = lines.firstIndex(where: { $0.hasSuffix("// README-EXAMPLE-BEGIN") }),
              let end = lines.firstIndex(where: { $0.hasSuffix("// README-EXAMPLE-END") }) else {
            Issue.record("markers not found")
            return
        }
        let indent = lines[begin].prefix { $0 == " " }.count
        let example = lines[(begin + 1)..<end].map { $0.count >= indent ? String($0.dropFirst(indent)) : String($0) }
            .joined(separator: "\n")
        #expect(readme.contains("```swift\n" + example + "\n```"), "README.md's Embedding example differs from the test")
    }

    @Test func linkErrors() throws {
        let engine = Engine()
        let store = Store(engine: engine)
        let module = try Module(engine: engine, bytes: try parseWat("""
            (module (import "env" "f" (func (param i64))))
            """))
        var linker = Linker()
        #expect(wasmError { _ = try linker.instantiate(module, in: store) }?.kind == .unlinkable)
        try linker.define(module: "env", name: "f", type: FunctionType(parameters: [.i32])) { _, _ in [] }
        let error = wasmError { _ = try linker.instantiate(module, in: store) }
        #expect(error?.kind == .unlinkable)
        #expect(error?.message.hasPrefix("incompatible import type") == true)
        #expect(wasmError {
            try linker.define(module: "env", name: "f", type: FunctionType()) { _, _ in [] }
        }?.message.hasPrefix("duplicate") == true)
    }

    @Test func hostErrorsPropagateAndInstancesLink() throws {
        let engine = Engine()
        let store = Store(engine: engine)
        let provider = try store.instantiate(Module(engine: engine, bytes: try parseWat("""
            (module (func (export "twice") (param i32) (result i32) (i32.shl (local.get 0) (i32.const 1))))
            """)), imports: [])
        var linker = Linker()
        try linker.define(module: "lib", instance: provider)
        try linker.define(module: "env", name: "fail", type: FunctionType()) { _, _ in
            throw WasmError(.trap, "host says no")
        }
        let user = try linker.instantiate(Module(engine: engine, bytes: try parseWat("""
            (module
              (import "lib" "twice" (func $twice (param i32) (result i32)))
              (import "env" "fail" (func $fail))
              (func (export "quad") (param i32) (result i32) (call $twice (call $twice (local.get 0))))
              (func (export "fail") (call $fail)))
            """)), in: store)
        #expect(try user.call("quad", .i32(5)) == [.i32(20)])
        #expect(wasmError { _ = try user.call("fail") }?.message == "host says no")
        #expect(try user.call("quad", .i32(1)) == [.i32(4)])
    }

    @Test func exportsAreKeyedByExactBytes() throws {
        // "é" as one code point and as "e" + combining acute: canonically equivalent, different bytes.
        let composed = "\u{E9}", decomposed = "e\u{301}"
        #expect(composed == decomposed)  // Swift's String equality merges them …
        let instance = try instantiate("""
            (module
              (func (export "\(composed)") (result i32) (i32.const 1))
              (func (export "\(decomposed)") (result i32) (i32.const 2)))
            """)
        // … the instance does not.
        #expect(instance.exports.count == 2)
        #expect(instance.exports.names.map { Array($0.utf8) } == [Array(composed.utf8), Array(decomposed.utf8)])
        #expect(try instance.call(composed) == [.i32(1)])
        #expect(try instance.call(decomposed) == [.i32(2)])
        #expect(instance.export("e") == nil)
    }

    @Test func hostCreatedMemoryTableAndGlobal() throws {
        let engine = Engine()
        let store = Store(engine: engine)
        let memory = try Memory(store: store, type: MemoryType(limits: Limits(min: 1, max: 3)))
        let table = try Table(store: store, type: TableType(elementType: .funcref, limits: Limits(min: 2)))
        let counter = try Global(store: store, type: GlobalType(.i64, mutable: true), value: .i64(40))
        let scale = try Global(store: store, type: GlobalType(.f64, mutable: false), value: .float64(1.5))
        try memory.write([7], at: 65535)
        var linker = Linker()
        try linker.define(module: "host", name: "memory", .memory(memory))
        try linker.define(module: "host", name: "table", .table(table))
        try linker.define(module: "host", name: "counter", .global(counter))
        try linker.define(module: "host", name: "scale", .global(scale))
        let instance = try linker.instantiate(Module(engine: engine, bytes: try parseWat("""
            (module
              (import "host" "memory" (memory 1 3))
              (import "host" "table" (table 2 funcref))
              (import "host" "counter" (global $c (mut i64)))
              (import "host" "scale" (global $s f64))
              (func $seven (result i32) (i32.const 7))
              (elem (i32.const 1) $seven)
              (func (export "bump") (result i64)
                (global.set $c (i64.add (global.get $c) (i64.const 2))) (global.get $c))
              (func (export "scaled") (param f64) (result f64) (f64.mul (local.get 0) (global.get $s)))
              (func (export "peek") (result i32) (i32.load8_u (i32.const 65535)))
              (func (export "grow") (result i32) (memory.grow (i32.const 1))))
            """)), in: store)
        #expect(try instance.call("bump") == [.i64(42)])
        #expect(counter.value == .i64(42))
        #expect(try instance.call("scaled", .float64(4)) == [.float64(6)])
        #expect(try instance.call("peek") == [.i32(7)])
        #expect(try instance.call("grow") == [.i32(1)])
        #expect(memory.pages == 2)
        #expect(try table.get(0) == .funcRef(nil))
        let seven = try table.get(1)
        #expect(seven != .funcRef(nil))
        // Bad types are rejected like a module's would be, and initial values must match.
        #expect(wasmError { _ = try Memory(store: store, type: MemoryType(limits: Limits(min: 2, max: 1))) }?.kind == .invalid)
        #expect(wasmError { _ = try Global(store: store, type: GlobalType(.i32, mutable: false), value: .i64(1)) }?.kind == .invalid)
        #expect(wasmError {
            _ = try Table(store: store, type: TableType(elementType: RefType(nullable: false, .function), limits: Limits(min: 1)))
        }?.kind == .invalid)
        #expect(wasmError { try scale.set(.float64(2)) } != nil)
    }

    @Test func typedFunctionsAreCheckedAtLookup() throws {
        let instance = try instantiate("""
            (module
              (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
              (func (export "swap") (param i64 f64) (result f64 i64) (local.get 1) (local.get 0))
              (func (export "nothing"))
              (func (export "lanes") (param v128) (result v128) (local.get 0))
              (func (export "ext") (param externref) (result externref) (local.get 0))
              (func (export "fn") (result funcref) (ref.func 0))
              (func (export "div") (param i32) (result i32) (i32.div_u (i32.const 1) (local.get 0))))
            """)
        let add = try instance.typedFunction("add", (Int32, Int32).self, Int32.self)
        #expect(try add(2, 40) == 42)
        let unsigned = try instance.typedFunction("add", (UInt32, UInt32).self, UInt32.self)
        #expect(try unsigned(UInt32.max, 2) == 1)
        let swap = try instance.typedFunction("swap", (Int64, Double).self, (Double, Int64).self)
        let (d, i) = try swap(-7, 2.5)
        #expect(d == 2.5 && i == -7)
        let nothing = try instance.typedFunction("nothing", Void.self, Void.self)
        try nothing()
        let lanes = try instance.typedFunction("lanes", V128.self, V128.self)
        #expect(try lanes(V128(low: 1, high: 2)) == V128(low: 1, high: 2))
        let ext = try instance.typedFunction("ext", ExternReference?.self, ExternReference?.self)
        #expect(try ext(ExternReference(5)) == ExternReference(5))
        #expect(try ext(nil) == nil)
        let fn = try instance.typedFunction("fn", Void.self, FunctionReference?.self)
        #expect(try fn() != nil)
        let div = try instance.typedFunction("div", Int32.self, Int32.self)
        let trap = wasmError { _ = try div(0) }
        #expect(trap?.message == "integer divide by zero")
        // A typed call's trap carries the wasm backtrace too (function 6, "div").
        #expect(trap?.backtrace?.frames.map(\.functionIndex) == [6])
        #expect(try div(1) == 1)
        // Wrong signatures fail once, at lookup.
        #expect(wasmError { _ = try instance.typedFunction("add", (Int32, Int64).self, Int32.self) }?.kind == .unlinkable)
        #expect(wasmError { _ = try instance.typedFunction("add", (Int32, Int32).self, Void.self) }?.kind == .unlinkable)
        #expect(wasmError { _ = try instance.typedFunction("fn", Void.self, FunctionReference.self) }?.kind == .unlinkable)
        #expect(wasmError { _ = try instance.typedFunction("missing", Void.self, Void.self) }?.kind == .unlinkable)
    }

    @Test func typedHostFunctionsAndCaller() throws {
        let engine = Engine()
        let store = Store(engine: engine)
        var linker = Linker()
        try linker.define(module: "env", name: "mix", HostFunction((Int32, Double).self, (Double, Int32).self) { _, a, b in
            (Double(a) * b, a + 1)
        })
        try linker.define(module: "env", name: "peek", HostFunction(Int32.self, Int32.self) { caller, address in
            // The calling instance's memory (not exported) and one of its exports.
            let memory = try #require(caller.memory(at: 0))
            let byte = try memory.read(at: Int(address), count: 1)[0]
            let offset = try #require(caller.global("offset")).value.i32 ?? 0
            return Int32(byte) + offset
        })
        let instance = try linker.instantiate(Module(engine: engine, bytes: try parseWat("""
            (module
              (import "env" "mix" (func $mix (param i32 f64) (result f64 i32)))
              (import "env" "peek" (func $peek (param i32) (result i32)))
              (memory 1)
              (data (i32.const 8) "\\05")
              (global (export "offset") i32 (i32.const 100))
              (func (export "mix") (param i32 f64) (result f64 i32) (call $mix (local.get 0) (local.get 1)))
              (func (export "peek") (result i32) (call $peek (i32.const 8))))
            """)), in: store)
        #expect(try instance.call("mix", .i32(4), .float64(0.5)) == [.float64(2), .i32(5)])
        #expect(try instance.call("peek") == [.i32(105)])
    }
}

/// Host → wasm → host re-entry: bounded in depth and by the native stack left on the calling thread.
@Suite struct ReentryTests {
    static let recursive = """
        (module
          (import "env" "reenter" (func $reenter (param i32) (result i32)))
          (func (export "down") (param i32) (result i32) (call $reenter (i32.add (local.get 0) (i32.const 1))))
          (func (export "plain") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 3))))
        """

    /// Instantiates `recursive` with a host function that calls `down` again (recording the depth).
    static func setUp(_ configuration: EngineConfiguration, deepest: Deepest) throws -> Instance {
        let engine = Engine(configuration: configuration)
        var linker = Linker()
        try linker.define(module: "env", name: "reenter", HostFunction(Int32.self, Int32.self) { caller, depth in
            deepest.value = max(deepest.value, Int(depth))
            let down = try #require(caller.function("down"))
            return try down.call([.i32(depth)])[0].i32 ?? 0
        })
        return try linker.instantiate(Module(engine: engine, bytes: try parseWat(recursive)), in: Store(engine: engine))
    }

    final class Deepest: @unchecked Sendable {
        var value = 0
    }

    /// Hands non-Sendable values to the test's own thread (used by one thread at a time).
    final class Unchecked<T>: @unchecked Sendable {
        var value: T
        init(_ value: T) { self.value = value }
    }

    @Test func recursionThroughTheHostEndsInExhaustion() throws {
        let deepest = Deepest()
        let instance = try Self.setUp(EngineConfiguration(maxHostReentryDepth: 50), deepest: deepest)
        let error = wasmError { _ = try instance.call("down", .i32(0)) }
        #expect(error?.kind == .exhaustion)
        #expect(error?.message.hasPrefix("call stack exhausted") == true)
        #expect(deepest.value == 50)
        // The store is still usable, and the depth bound is back to its start.
        #expect(try instance.call("plain", .i32(5)) == [.i32(15)])
        deepest.value = 0
        #expect(wasmError { _ = try instance.call("down", .i32(0)) }?.kind == .exhaustion)
        #expect(deepest.value == 50)
    }

    @Test func theNativeStackBoundsReentryOnSmallThreads() throws {
        // A generous depth limit, on a thread with a 512 KiB stack: the native-stack check stops the
        // recursion before it overflows.
        let deepest = Deepest()
        let instance = try Self.setUp(EngineConfiguration(maxHostReentryDepth: 1_000_000, nativeStackReserve: 128 << 10),
                                      deepest: deepest)
        let shared = Unchecked((instance: instance, outcome: WasmError?.none, after: [Value]()))
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let instance = shared.value.instance
            shared.value.outcome = wasmError { _ = try instance.call("down", .i32(0)) }
            shared.value.after = (try? instance.call("plain", .i32(2))) ?? []
            done.signal()
        }
        thread.stackSize = 512 << 10
        thread.start()
        done.wait()
        #expect(shared.value.outcome?.kind == .exhaustion)
        #expect(deepest.value > 5 && deepest.value < 1_000_000)
        #expect(shared.value.after == [.i32(6)])
    }
}
