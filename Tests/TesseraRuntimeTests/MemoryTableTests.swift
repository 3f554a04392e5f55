import Testing
import TesseraRuntime
import TesseraText
import TesseraTypes

/// Multi-memory, memory64, bulk memory, tables and their instantiation (H-MEM).
@Suite struct MemoryTableTests {
    /// Compiles `wat` and instantiates it in `store` with `imports`.
    func instantiate(_ wat: String, in store: Store, imports: [Extern] = []) throws -> Instance {
        try store.instantiate(Module(engine: store.engine, bytes: parseWat(wat)), imports: imports)
    }

    @Test func memory64AddressesAndGrowth() throws {
        let instance = try TesseraRuntimeTests.instantiate("""
        (module
          (memory i64 1 2)
          (func (export "load") (param i64) (result i32) (i32.load offset=0xffff_ffff_ffff_fff0 (local.get 0)))
          (func (export "load0") (param i64) (result i64) (i64.load (local.get 0)))
          (func (export "store") (param i64 i64) (i64.store (local.get 0) (local.get 1)))
          (func (export "grow") (param i64) (result i64) (memory.grow (local.get 0)))
          (func (export "size") (result i64) (memory.size)))
        """)
        // address + offset wraps around 2^64: a trap, not an access at the wrapped address.
        #expect(wasmError { _ = try instance.call("load", .i64(0x20)) }?.message == "out of bounds memory access")
        _ = try instance.call("store", .i64(65528), .i64(-3))
        #expect(try instance.call("load0", .i64(65528)) == [.i64(-3)])
        #expect(wasmError { _ = try instance.call("load0", .i64(65529)) }?.message == "out of bounds memory access")
        #expect(wasmError { _ = try instance.call("load0", .i64(-1)) }?.kind == .trap)
        #expect(try instance.call("grow", .i64(1)) == [.i64(1)])
        #expect(try instance.call("size") == [.i64(2)])
        #expect(try instance.call("grow", .i64(1)) == [.i64(-1)])
        #expect(try instance.call("grow", .i64(Int64.min)) == [.i64(-1)])
    }

    @Test func multipleMemoriesStayApart() throws {
        let instance = try TesseraRuntimeTests.instantiate("""
        (module
          (memory $a 1)
          (memory $b i64 0 1)
          (data (memory $a) (i32.const 0) "abcd")
          (func (export "grow_b") (result i64) (memory.grow $b (i64.const 1)))
          (func (export "size_b") (result i64) (memory.size $b))
          (func (export "store_b") (param i64 i32) (i32.store8 $b (local.get 0) (local.get 1)))
          (func (export "load_a") (param i32) (result i32) (i32.load8_u $a (local.get 0)))
          (func (export "load_b") (param i64) (result i32) (i32.load8_u $b offset=1 (local.get 0)))
          (func (export "copy_a_to_b") (param i64 i32 i32) (memory.copy $b $a (local.get 0) (local.get 1) (local.get 2))))
        """)
        #expect(wasmError { _ = try instance.call("load_b", .i64(0)) }?.message == "out of bounds memory access")
        #expect(try instance.call("grow_b") == [.i64(0)])
        #expect(try instance.call("size_b") == [.i64(1)])
        _ = try instance.call("store_b", .i64(0), .i32(0x7f))
        #expect(try instance.call("load_a", .i32(0)) == [.i32(0x61)])  // memory 0 untouched
        _ = try instance.call("copy_a_to_b", .i64(10), .i32(1), .i32(3))
        #expect(try instance.call("load_b", .i64(9)) == [.i32(0x62)])
        #expect(try instance.call("load_b", .i64(11)) == [.i32(0x64)])
        #expect(wasmError { _ = try instance.call("copy_a_to_b", .i64(65535), .i32(0), .i32(2)) }?.kind == .trap)
    }

    @Test func bulkMemoryChecksBeforeWriting() throws {
        let instance = try TesseraRuntimeTests.instantiate("""
        (module
          (memory (export "memory") 1)
          (data $passive "\\01\\02\\03\\04\\05")
          (data $active (i32.const 100) "zz")
          (func (export "fill") (param i32 i32 i32) (memory.fill (local.get 0) (local.get 1) (local.get 2)))
          (func (export "copy") (param i32 i32 i32) (memory.copy (local.get 0) (local.get 1) (local.get 2)))
          (func (export "init") (param i32 i32 i32) (memory.init $passive (local.get 0) (local.get 1) (local.get 2)))
          (func (export "init_active") (param i32) (memory.init $active (i32.const 0) (i32.const 0) (local.get 0)))
          (func (export "drop") (data.drop $passive)))
        """)
        let memory = try #require(instance.export("memory")?.memory)
        _ = try instance.call("init", .i32(10), .i32(1), .i32(4))
        #expect(try memory.read(at: 10, count: 4) == [2, 3, 4, 5])
        // Overlapping copies behave as if through a buffer, in both directions.
        _ = try instance.call("copy", .i32(11), .i32(10), .i32(4))
        #expect(try memory.read(at: 10, count: 5) == [2, 2, 3, 4, 5])
        _ = try instance.call("copy", .i32(10), .i32(11), .i32(4))
        #expect(try memory.read(at: 10, count: 5) == [2, 3, 4, 5, 5])
        // A fill that ends past the memory writes nothing.
        #expect(wasmError { _ = try instance.call("fill", .i32(65530), .i32(9), .i32(7)) }?.message
                == "out of bounds memory access")
        #expect(try memory.read(at: 65530, count: 6) == [0, 0, 0, 0, 0, 0])
        _ = try instance.call("fill", .i32(65536), .i32(9), .i32(0))  // empty at the end: fine
        #expect(wasmError { _ = try instance.call("fill", .i32(65537), .i32(9), .i32(0)) }?.kind == .trap)
        #expect(wasmError { _ = try instance.call("init", .i32(0), .i32(3), .i32(3)) }?.kind == .trap)
        // Dropped and applied active segments have length 0.
        _ = try instance.call("drop")
        _ = try instance.call("init", .i32(0), .i32(0), .i32(0))
        #expect(wasmError { _ = try instance.call("init", .i32(0), .i32(0), .i32(1)) }?.kind == .trap)
        _ = try instance.call("init_active", .i32(0))
        #expect(wasmError { _ = try instance.call("init_active", .i32(1)) }?.kind == .trap)
        #expect(try memory.read(at: 100, count: 2) == [0x7a, 0x7a])
    }

    @Test func tableInstructions() throws {
        let instance = try TesseraRuntimeTests.instantiate("""
        (module
          (type $v (func (result i32)))
          (table $t 2 4 funcref)
          (table $x i64 1 externref)
          (func $one (result i32) (i32.const 1))
          (func $two (result i32) (i32.const 2))
          (elem $e func $one $two)
          (elem declare func $two)
          (func (export "init") (param i32 i32 i32) (table.init $t $e (local.get 0) (local.get 1) (local.get 2)))
          (func (export "drop") (elem.drop $e))
          (func (export "call") (param i32) (result i32) (call_indirect $t (type $v) (local.get 0)))
          (func (export "grow") (param i32) (result i32) (table.grow $t (ref.func $two) (local.get 0)))
          (func (export "size") (result i32) (table.size $t))
          (func (export "fill") (param i32 i32) (table.fill $t (local.get 0) (ref.null func) (local.get 1)))
          (func (export "copy") (param i32 i32 i32) (table.copy $t $t (local.get 0) (local.get 1) (local.get 2)))
          (func (export "is_null") (param i32) (result i32) (ref.is_null (table.get $t (local.get 0))))
          (func (export "set_x") (param i64 externref) (table.set $x (local.get 0) (local.get 1)))
          (func (export "get_x") (param i64) (result externref) (table.get $x (local.get 0)))
          (func (export "grow_x") (param i64) (result i64) (table.grow $x (ref.null extern) (local.get 0))))
        """)
        #expect(try instance.call("is_null", .i32(0)) == [.i32(1)])
        _ = try instance.call("init", .i32(0), .i32(0), .i32(2))
        #expect(try instance.call("call", .i32(0)) == [.i32(1)])
        #expect(try instance.call("call", .i32(1)) == [.i32(2)])
        #expect(wasmError { _ = try instance.call("init", .i32(1), .i32(0), .i32(2)) }?.message
                == "out of bounds table access")
        _ = try instance.call("copy", .i32(1), .i32(0), .i32(1))
        #expect(try instance.call("call", .i32(1)) == [.i32(1)])
        #expect(try instance.call("grow", .i32(2)) == [.i32(2)])
        #expect(try instance.call("call", .i32(3)) == [.i32(2)])
        #expect(try instance.call("grow", .i32(1)) == [.i32(-1)])  // beyond the maximum of 4
        #expect(try instance.call("size") == [.i32(4)])
        #expect(wasmError { _ = try instance.call("fill", .i32(3), .i32(2)) }?.kind == .trap)
        #expect(try instance.call("call", .i32(3)) == [.i32(2)])  // nothing written
        _ = try instance.call("fill", .i32(2), .i32(2))
        #expect(wasmError { _ = try instance.call("call", .i32(3)) }?.message == "uninitialized element")
        _ = try instance.call("drop")
        #expect(wasmError { _ = try instance.call("init", .i32(0), .i32(0), .i32(1)) }?.kind == .trap)
        // table64: i64 indices, -1 as i64 when growth fails.
        _ = try instance.call("set_x", .i64(0), .externRef(ExternReference(7)))
        #expect(try instance.call("get_x", .i64(0)) == [.externRef(ExternReference(7))])
        #expect(wasmError { _ = try instance.call("get_x", .i64(1 << 32)) }?.message == "out of bounds table access")
        #expect(try instance.call("grow_x", .i64(2)) == [.i64(1)])
        #expect(try instance.call("grow_x", .i64(Int64.max)) == [.i64(-1)])
        #expect(try instance.call("get_x", .i64(2)) == [.externRef(nil)])
    }

    @Test func importsMatchLimits() throws {
        let store = Store(engine: Engine())
        let exporter = try instantiate("""
        (module (memory (export "unbounded") 1) (memory (export "bounded") 1 3)
                (table (export "table") 2 5 funcref) (table (export "table64") i64 1 funcref))
        """, in: store)
        let unbounded = try #require(exporter.export("unbounded")), bounded = try #require(exporter.export("bounded"))
        let table = try #require(exporter.export("table")), table64 = try #require(exporter.export("table64"))
        func links(_ wat: String, _ value: Extern) -> WasmError? {
            wasmError { _ = try instantiate(wat, in: store, imports: [value]) }
        }
        #expect(links(#"(module (memory (import "m" "m") 1))"#, unbounded) == nil)
        #expect(links(#"(module (memory (import "m" "m") 1 65536))"#, unbounded)?.kind == .unlinkable)
        #expect(links(#"(module (memory (import "m" "m") 1 3))"#, bounded) == nil)
        #expect(links(#"(module (memory (import "m" "m") 1 2))"#, bounded)?.message.hasPrefix("incompatible import type") == true)
        #expect(links(#"(module (memory (import "m" "m") 2))"#, bounded)?.kind == .unlinkable)
        #expect(links(#"(module (memory (import "m" "m") i64 1))"#, bounded)?.kind == .unlinkable)
        #expect(links(#"(module (table (import "m" "t") 2 funcref))"#, table) == nil)
        #expect(links(#"(module (table (import "m" "t") 3 funcref))"#, table)?.kind == .unlinkable)
        #expect(links(#"(module (table (import "m" "t") 1 4 funcref))"#, table)?.kind == .unlinkable)
        #expect(links(#"(module (table (import "m" "t") 1 externref))"#, table)?.kind == .unlinkable)
        #expect(links(#"(module (table (import "m" "t") 1 funcref))"#, table64)?.kind == .unlinkable)
        #expect(links(#"(module (table (import "m" "t") i64 1 funcref))"#, table64) == nil)
        // The current size counts, not the declared minimum.
        #expect(bounded.memory?.grow(by: 1) == 1)
        #expect(links(#"(module (memory (import "m" "m") 2 3))"#, bounded) == nil)
    }

    @Test func segmentTrapKeepsEarlierWrites() throws {
        let store = Store(engine: Engine())
        let exporter = try instantiate("""
        (module (memory (export "memory") 1) (table (export "table") 3 funcref))
        """, in: store)
        let memory = try #require(exporter.export("memory")), table = try #require(exporter.export("table"))
        let error = wasmError {
            _ = try instantiate("""
            (module
              (import "m" "memory" (memory 1))
              (import "m" "table" (table 3 funcref))
              (func $f (result i32) (i32.const 42))
              (elem (i32.const 2) $f)
              (data (i32.const 0) "ok")
              (data (i32.const 65535) "too long"))
            """, in: store, imports: [memory, table])
        }
        #expect(error?.message == "out of bounds memory access")
        #expect(try memory.memory?.read(at: 0, count: 2) == [0x6f, 0x6b])
        // The failed instance's function stays in the table and runs.
        let caller = try instantiate("""
        (module
          (type $v (func (result i32)))
          (import "m" "table" (table 3 funcref))
          (func (export "call") (param i32) (result i32) (call_indirect (type $v) (local.get 0))))
        """, in: store, imports: [table])
        #expect(try caller.call("call", .i32(2)) == [.i32(42)])
    }

    @Test func growthStopsAtTheEngineLimit() throws {
        let engine = Engine(configuration: EngineConfiguration(maxMemoryPages: 4))
        let instance = try TesseraRuntimeTests.instantiate("""
        (module
          (memory (export "memory") 1)
          (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))
        """, engine: engine)
        #expect(try instance.call("grow", .i32(4)) == [.i32(-1)])
        #expect(try instance.call("grow", .i32(-1)) == [.i32(-1)])
        #expect(try instance.call("grow", .i32(3)) == [.i32(1)])
        #expect(instance.export("memory")?.memory?.grow(by: 1) == nil)
        #expect(wasmError { _ = try TesseraRuntimeTests.instantiate("(module (memory 5))", engine: engine) }?.kind
                == .exhaustion)
    }
}
