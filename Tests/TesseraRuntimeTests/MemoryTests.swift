import Testing
import TesseraRuntime

@Suite struct MemoryTests {
    @Test func loadsStoresAndGrowth() throws {
        let instance = try instantiate("""
        (module
          (memory (export "memory") 1 3)
          (data (i32.const 16) "\\01\\02\\03\\04\\ff")
          (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
          (func (export "load8s") (param i32) (result i32) (i32.load8_s offset=4 (local.get 0)))
          (func (export "store") (param i32 i64) (i64.store (local.get 0) (local.get 1)))
          (func (export "load64") (param i32) (result i64) (i64.load (local.get 0)))
          (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
          (func (export "size") (result i32) (memory.size)))
        """)
        #expect(try instance.call("load", .i32(16)) == [.i32(0x0403_0201)])
        #expect(try instance.call("load8s", .i32(16)) == [.i32(-1)])
        _ = try instance.call("store", .i32(100), .i64(-2))
        #expect(try instance.call("load64", .i32(100)) == [.i64(-2)])
        #expect(wasmError { _ = try instance.call("load", .i32(65533)) }?.message == "out of bounds memory access")
        #expect(wasmError { _ = try instance.call("load", .i32(-1)) }?.kind == .trap)
        #expect(try instance.call("grow", .i32(1)) == [.i32(1)])
        #expect(try instance.call("size") == [.i32(2)])
        #expect(try instance.call("load", .i32(65533)) == [.i32(0)])
        #expect(try instance.call("grow", .i32(2)) == [.i32(-1)])
        let memory = try #require(instance.export("memory")?.memory)
        #expect(try memory.read(at: 100, count: 2) == [0xFE, 0xFF])
    }
}
